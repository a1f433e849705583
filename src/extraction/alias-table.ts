/**
 * Corpus-wide acronym expansions. A paper that writes "SAE" without defining it means what other
 * papers define as "sparse autoencoders (SAEs)"; collecting every definition across the corpus
 * first lets each paper resolve such acronyms to the same canonical key.
 */
import { type AnalysedField, type AnalysedPaper, analyseField, spanText } from './analyse.ts';
import { canonicalKey } from './canonical-key.ts';
import type { PaperText } from './types.ts';

/** Acronym key → canonical key of its long form. */
export type AliasTable = ReadonlyMap<string, string>;

/** Definitions seen so far, counted per acronym; papers can be added one at a time. */
export class AliasVotes {
  private readonly votes = new Map<string, Map<string, number>>();

  add(paper: AnalysedPaper): void {
    this.addField(paper.title);
    this.addField(paper.abstract);
  }

  addField(field: AnalysedField): void {
    for (const definition of field.definitions) {
      const acronym = canonicalKey(field.tokens[definition.acronym]?.text ?? '');
      const long = canonicalKey(spanText(field, definition.longFirst, definition.longEnd));
      if (!acronym || !long) continue;
      const forAcronym = this.votes.get(acronym) ?? new Map<string, number>();
      forAcronym.set(long, (forAcronym.get(long) ?? 0) + 1);
      this.votes.set(acronym, forAcronym);
    }
  }

  table(): AliasTable {
    const table = new Map<string, string>();
    for (const acronym of [...this.votes.keys()].sort()) {
      const ranked = [...(this.votes.get(acronym) as Map<string, number>)].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      );
      const [best, runnerUp] = ranked;
      // An acronym the corpus expands in two ways ("CTR") is left unresolved rather than guessed.
      if (best && (!runnerUp || best[1] > runnerUp[1])) table.set(acronym, best[0]);
    }
    return table;
  }
}

export function aliasTableOf(papers: AnalysedPaper[]): AliasTable {
  const votes = new AliasVotes();
  for (const paper of papers) votes.add(paper);
  return votes.table();
}

/**
 * The same table without holding every analysed paper: each field is analysed, counted, dropped.
 * Every definition sits next to a bracket ("long form (ACR)", "ACR (long form)"), so a field
 * without one is not tokenised at all: about half of the work on typical abstracts.
 */
export function buildAliasTable(papers: Iterable<PaperText>): AliasTable {
  const votes = new AliasVotes();
  for (const paper of papers) {
    for (const field of ['title', 'abstract'] as const) {
      if (paper[field].includes('(')) votes.addField(analyseField(field, paper[field]));
    }
  }
  return votes.table();
}
