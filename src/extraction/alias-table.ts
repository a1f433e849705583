/**
 * Corpus-wide acronym expansions. A paper that writes "SAE" without defining it means what other
 * papers define as "sparse autoencoders (SAEs)"; collecting every definition across the corpus
 * first lets each paper resolve such acronyms to the same canonical key.
 */
import { type AnalysedPaper, analysePaper, spanText } from './analyse.ts';
import { canonicalKey } from './canonical-key.ts';
import type { PaperText } from './types.ts';

/** Acronym key → canonical key of its long form. */
export type AliasTable = ReadonlyMap<string, string>;

export function aliasTableOf(papers: AnalysedPaper[]): AliasTable {
  const votes = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    for (const field of [paper.title, paper.abstract]) {
      for (const definition of field.definitions) {
        const acronym = canonicalKey(field.tokens[definition.acronym]?.text ?? '');
        const long = canonicalKey(spanText(field, definition.longFirst, definition.longEnd));
        if (!acronym || !long) continue;
        const forAcronym = votes.get(acronym) ?? new Map<string, number>();
        forAcronym.set(long, (forAcronym.get(long) ?? 0) + 1);
        votes.set(acronym, forAcronym);
      }
    }
  }
  const table = new Map<string, string>();
  for (const acronym of [...votes.keys()].sort()) {
    const ranked = [...(votes.get(acronym) as Map<string, number>)].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const [best, runnerUp] = ranked;
    // An acronym the corpus expands in two ways ("CTR") is left unresolved rather than guessed.
    if (best && (!runnerUp || best[1] > runnerUp[1])) table.set(acronym, best[0]);
  }
  return table;
}

export function buildAliasTable(papers: PaperText[]): AliasTable {
  return aliasTableOf(papers.map(analysePaper));
}
