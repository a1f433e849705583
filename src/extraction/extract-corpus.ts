/**
 * The extractor's entry point for ingest and the CLI. Two passes over the corpus: the first
 * collects acronym definitions from every paper into an alias table, the second extracts each
 * paper with it, so an acronym defined in one paper resolves to the same key in all of them.
 */
import { type AliasTable, aliasTableOf, buildAliasTable } from './alias-table.ts';
import { type AnalysedPaper, analysePaper } from './analyse.ts';
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

/**
 * The output of `extractCorpus` one paper at a time, for callers that interleave extraction with
 * other work or cannot hold it all: `extract(index)` gives paper `index`'s extraction. The alias
 * table is built first, over the whole input. Inputs of at most `holdAnalysed` papers are analysed
 * once and held; larger ones are analysed twice (once for the table, once when extracted), so
 * memory does not grow with the input.
 */
export function corpusExtractor(
  papers: PaperText[],
  holdAnalysed: number,
): (index: number) => Extraction {
  if (papers.length > holdAnalysed) {
    const aliases = buildAliasTable(papers);
    return (index) => extractPaper(papers[index] as PaperText, aliases);
  }
  const analysed = papers.map(analysePaper);
  const aliases = aliasTableOf(analysed);
  return (index) => {
    const paper = analysed[index] as AnalysedPaper;
    return {
      id: paper.paper.id,
      title: paper.paper.title,
      entities: extractEntities(paper, aliases),
      repositories: repositoriesOf(paper.paper),
    };
  };
}

/** Deterministic: the same papers in the same order give the same output. */
export function extractCorpus(papers: PaperText[]): Extraction[] {
  const extract = corpusExtractor(papers, papers.length);
  return papers.map((_, index) => extract(index));
}
