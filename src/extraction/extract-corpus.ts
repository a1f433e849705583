/**
 * The extractor's entry point for ingest and the CLI. Two passes over the corpus: the first
 * collects acronym definitions from every paper into an alias table, the second extracts each
 * paper with it, so an acronym defined in one paper resolves to the same key in all of them.
 */
import { type AliasTable, aliasTableOf } from './alias-table.ts';
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
