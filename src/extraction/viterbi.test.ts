import { describe, expect, it } from 'vitest';
import { allowedAfter, TAGS } from './tagger-labels.ts';
import { decodeWithTables } from './viterbi.ts';

const N = TAGS.length;
const START = TAGS.indexOf('O');

/** Textbook Viterbi with a back pointer per token and tag, ties going to the lowest tag. */
function referenceDecode(emissions: Float64Array, transitions: Float64Array[]): number[] {
  const n = transitions.length;
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(
    TAGS.map((tag, t) =>
      allowedAfter('O', tag)
        ? (transitions[0]?.[t * N + START] ?? 0) + (emissions[t] ?? 0)
        : Number.NEGATIVE_INFINITY,
    ),
  );
  for (let i = 1; i < n; i += 1) {
    const row: number[] = [];
    const pointers: number[] = [];
    for (let t = 0; t < N; t += 1) {
      let best = Number.NEGATIVE_INFINITY;
      let pointer = 0;
      for (let p = 0; p < N; p += 1) {
        if (!allowedAfter(TAGS[p] as string, TAGS[t] as string)) continue;
        const total = (score[i - 1]?.[p] ?? 0) + (transitions[i]?.[t * N + p] ?? 0);
        if (total > best) {
          best = total;
          pointer = p;
        }
      }
      row.push(best + (emissions[i * N + t] ?? 0));
      pointers.push(pointer);
    }
    score.push(row);
    back.push(pointers);
  }
  const last = score[n - 1] as number[];
  let tag = last.indexOf(Math.max(...last));
  const path = [tag];
  for (let i = n - 1; i > 0; i -= 1) {
    tag = back[i - 1]?.[tag] as number;
    path.unshift(tag);
  }
  return path;
}

describe('decodeWithTables', () => {
  it('finds the same path as textbook Viterbi, ties included', () => {
    // Small integer scores (as the model's weights are) make ties frequent.
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed % 7) - 3;
    };
    for (let round = 0; round < 200; round += 1) {
      const n = 1 + (round % 25);
      const emissions = Float64Array.from({ length: n * N }, random);
      const transitions = Array.from({ length: n }, () =>
        Float64Array.from({ length: N * N }, random),
      );
      expect(decodeWithTables(emissions, transitions)).toEqual(
        referenceDecode(emissions, transitions),
      );
    }
  });
});
