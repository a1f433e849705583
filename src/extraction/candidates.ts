/**
 * Candidate entity spans of one field, from every source, with a priority that settles overlaps:
 * acronym definitions, then introduced names, then the learned tagger's spans, then later
 * mentions of defined or introduced names, then stray coined names. The tagger outranks name
 * mentions because its longer spans ("SAE training") match how SciERC bounds entities.
 */
import type { AnalysedField } from './analyse.ts';
import type { ProposedKind } from './proposed.ts';
import { tagSpans } from './tagger.ts';
import type { TaggerType } from './tagger-labels.ts';
import type { EntityKind } from './types.ts';

export type CandidateSource = 'definition' | 'proposed' | 'lexicon' | 'tagger' | 'name';

export interface Candidate {
  field: AnalysedField;
  first: number;
  end: number;
  kind: EntityKind;
  source: CandidateSource;
  /** Set when the candidate is the paper introducing this name. */
  proposedKind?: ProposedKind;
  /** Key forced by an acronym definition (acronym and long form share it). */
  key?: string;
  /** Surfaces for the entity's name and aliases when they differ from the span's text. */
  surfaces?: string[];
}

export const PRIORITY: Record<CandidateSource, number> = {
  definition: 0,
  proposed: 1,
  tagger: 2,
  lexicon: 3,
  name: 4,
};

const KIND_OF_TYPE: Record<Exclude<TaggerType, 'Generic'>, EntityKind> = {
  Method: 'method',
  Task: 'task',
  Material: 'dataset',
  Metric: 'metric',
  OtherScientificTerm: 'concept',
};

export function taggerCandidates(field: AnalysedField): Candidate[] {
  return tagSpans(field.tokens).flatMap((span) =>
    span.type === 'Generic'
      ? []
      : [
          {
            field,
            first: span.first,
            end: span.end,
            kind: KIND_OF_TYPE[span.type],
            source: 'tagger' as const,
          },
        ],
  );
}

/**
 * Keeps the highest-priority candidates whose token ranges do not overlap, in a stable order.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort(
      (a, b) =>
        PRIORITY[a.candidate.source] - PRIORITY[b.candidate.source] ||
        a.candidate.first - b.candidate.first ||
        b.candidate.end - a.candidate.end ||
        a.index - b.index,
    );
  const taken = new Map<AnalysedField, Uint8Array>();
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    let used = taken.get(candidate.field);
    if (!used) {
      used = new Uint8Array(candidate.field.tokens.length);
      taken.set(candidate.field, used);
    }
    let free = true;
    for (let i = candidate.first; i < candidate.end; i += 1) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, candidate.first, candidate.end);
    kept.push(candidate);
  }
  return kept;
}
