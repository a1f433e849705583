/**
 * The extractor's entry point for ingest and the CLI. Two passes over the corpus: the first
 * collects acronym definitions from every paper into an alias table, the second extracts each
 * paper with it, so an acronym defined in one paper resolves to the same key in all of them.
 */
import { type AliasTable, aliasTableOf, buildAliasTable } from './alias-table.ts';
import { analysePaper } from './analyse.ts';
import { extractEntities } from './extract.ts';
import { repositoriesOf } from './repositories.ts';
import type { Extraction, PaperText } from './types.ts';

/** Bumped whenever the output can change, so that stored extractions can be recomputed. */
export const EXTRACTOR_VERSION = '1.0.0';

/** Extracts one paper against an alias table built over its corpus (see buildAliasTable). */
export function extractPaper(paper: PaperText, aliases: AliasTable): Extraction {
  return {
    id: paper.id,
    title: paper.title,
    entities: extractEntities(analysePaper(paper), aliases),
    repositories: repositoriesOf(paper),
  };
}

/** Deterministic: the same papers in the same order give the same output. */
export function extractCorpus(papers: PaperText[]): Extraction[] {
  const analysed = papers.map(analysePaper);
  const aliases = aliasTableOf(analysed);
  return analysed.map((paper) => ({
    id: paper.paper.id,
    title: paper.paper.title,
    entities: extractEntities(paper, aliases),
    repositories: repositoriesOf(paper.paper),
  }));
}

/**
 * The output of `extractCorpus`, in chunks, for inputs too large to hold every analysed paper at
 * once: a first pass builds the alias table over the whole input, paper by paper, then each chunk
 * is extracted against it. Each paper is analysed twice, so small inputs take one pass.
 */
export function* extractCorpusInChunks(
  papers: PaperText[],
  chunkSize: number,
): Generator<Extraction[]> {
  if (papers.length <= chunkSize) {
    yield extractCorpus(papers);
    return;
  }
  const aliases = buildAliasTable(papers);
  for (let start = 0; start < papers.length; start += chunkSize) {
    yield papers.slice(start, start + chunkSize).map((paper) => extractPaper(paper, aliases));
  }
}
