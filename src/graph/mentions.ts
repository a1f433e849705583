import type { Mention } from '../domain/models.ts';

/** Mentions from a map of the parallel lists a link stores (absent when not projected). */
export function toMentions(row: Record<string, unknown> | null | undefined): Mention[] {
  if (!row) return [];
  const starts = (row.mentionStarts as number[] | undefined) ?? [];
  const ends = (row.mentionEnds as number[] | undefined) ?? [];
  return ((row.mentionFields as string[] | undefined) ?? []).map((field, i) => ({
    field,
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
  }));
}
