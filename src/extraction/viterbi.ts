/**
 * Viterbi decoding for the linear BIO tagger. Emission features do not depend on the tag
 * sequence; two feature families depend on the previous tag (`T=prev`, `Tp=prev|pos`), which keeps
 * decoding exact at 13×13 scores per token.
 */
import { allowedAfter, TAGS } from './tagger-labels.ts';

/** Weight lookup: one score per tag, or undefined for an unknown feature. */
export type WeightLookup = (feature: string) => ArrayLike<number> | undefined;

const TAG_LIST: string[] = [...TAGS];
const N = TAG_LIST.length;
const START = TAG_LIST.indexOf('O');
// ALLOWED[prev * N + t]: whether tag t may follow tag prev (I-X only after B-X or I-X).
const ALLOWED = new Uint8Array(N * N);
for (let p = 0; p < N; p += 1) {
  for (let t = 0; t < N; t += 1) {
    ALLOWED[p * N + t] = allowedAfter(TAG_LIST[p] as string, TAG_LIST[t] as string) ? 1 : 0;
  }
}

export function transitionFeatures(previousTag: string, pos: string): [string, string] {
  return [`T=${previousTag}`, `Tp=${previousTag}|${pos}`];
}

/**
 * Transition scores for tokens with this POS, by tag then previous tag: [t * N + prev], so that
 * the decoder reads the scores into one tag contiguously.
 */
export function transitionTable(pos: string, lookup: WeightLookup): Float64Array {
  const table = new Float64Array(N * N);
  for (let p = 0; p < N; p += 1) {
    for (const feature of transitionFeatures(TAG_LIST[p] as string, pos)) {
      const weights = lookup(feature);
      if (!weights) continue;
      for (let t = 0; t < N; t += 1)
        table[t * N + p] = (table[t * N + p] as number) + (weights[t] ?? 0);
    }
  }
  return table;
}

/**
 * Caches transition tables per POS. Only valid while the weights do not change: the decoder at
 * run time keeps one; training, which updates weights after every sentence, passes none.
 */
export type TransitionCache = Map<string, Float64Array>;

/** Sums the weights of each token's features: emissions[i * tagCount + t]. */
export function emissionsOf(features: string[][], lookup: WeightLookup): Float64Array {
  const emissions = new Float64Array(features.length * N);
  features.forEach((tokenFeatures, i) => {
    for (const feature of tokenFeatures) addWeights(emissions, i, lookup(feature));
  });
  return emissions;
}

/** Adds one feature's weights to token i's row of `emissions`. */
export function addWeights(
  emissions: Float64Array,
  i: number,
  weights: ArrayLike<number> | undefined,
): void {
  if (!weights) return;
  for (let t = 0; t < N; t += 1)
    emissions[i * N + t] = (emissions[i * N + t] as number) + (weights[t] ?? 0);
}

/** Best tag index per token, from emission scores and the POS tag of each token. */
export function decode(
  emissions: Float64Array,
  pos: string[],
  lookup: WeightLookup,
  cache?: TransitionCache,
): number[] {
  const tables = pos.map((tag) => {
    let transitions = cache?.get(tag);
    if (!transitions) {
      transitions = transitionTable(tag, lookup);
      cache?.set(tag, transitions);
    }
    return transitions;
  });
  return decodeWithTables(emissions, tables);
}

// The tags allowed before tag t, ascending: PREVIOUS[PREVIOUS_FROM[t] .. PREVIOUS_FROM[t + 1]).
const PREVIOUS_FROM = new Int32Array(N + 1);
const PREVIOUS: number[] = [];
for (let t = 0; t < N; t += 1) {
  PREVIOUS_FROM[t] = PREVIOUS.length;
  for (let p = 0; p < N; p += 1) if (ALLOWED[p * N + t]) PREVIOUS.push(p);
}
PREVIOUS_FROM[N] = PREVIOUS.length;
const PREVIOUS_TAGS = Int32Array.from(PREVIOUS);
// The forward pass in decodeWithTables is unrolled for exactly this tag set: 13 tags, any of which
// may precede O or B-X, and only B-X (just before it) or I-X itself before I-X.
const IS_INSIDE = TAG_LIST.map((tag) => tag.startsWith('I-'));
for (let t = 0; t < N; t += 1) {
  const expected = IS_INSIDE[t] ? [t - 1, t] : TAG_LIST.map((_, p) => p);
  const actual = [...PREVIOUS_TAGS.subarray(PREVIOUS_FROM[t], PREVIOUS_FROM[t + 1])];
  if (N !== 13 || actual.join() !== expected.join()) {
    throw new Error('viterbi: the unrolled forward pass does not fit the tag set');
  }
}

// Scratch space reused across calls (every cell read is written first in the same call).
let scores = new Float64Array(64 * N);

/**
 * Best tag index per token of the sentence [from, to), from emission scores (rows of N per token)
 * and each token's transition table (transitionTable of its POS tag), both indexed by token.
 * The forward pass keeps only the best score per tag; back pointers are recomputed along the
 * best path alone, which is cheaper than storing one per token and tag.
 */
export function decodeWithTables(
  emissions: Float64Array,
  transitions: readonly Float64Array[],
  from = 0,
  to = transitions.length,
): number[] {
  const n = to - from;
  if (n <= 0) return [];
  if (scores.length < n * N) scores = new Float64Array(2 * n * N);
  const score = scores;
  const emitted = from * N;
  const first = transitions[from] as Float64Array;
  for (let t = 0; t < N; t += 1) {
    const start = ALLOWED[START * N + t] ? (first[t * N + START] as number) : -Infinity;
    score[t] = start + (emissions[emitted + t] as number);
  }
  for (let i = 1; i < n; i += 1) {
    const table = transitions[from + i] as Float64Array;
    const row = i * N;
    const previousRow = row - N;
    // The hottest loop of the extractor. Every tag but I-X may follow any of the 13 tags, so the
    // previous token's scores are read once into locals and the maximum is unrolled: about 40%
    // faster than a loop over the allowed previous tags.
    const s0 = score[previousRow + 0] as number;
    const s1 = score[previousRow + 1] as number;
    const s2 = score[previousRow + 2] as number;
    const s3 = score[previousRow + 3] as number;
    const s4 = score[previousRow + 4] as number;
    const s5 = score[previousRow + 5] as number;
    const s6 = score[previousRow + 6] as number;
    const s7 = score[previousRow + 7] as number;
    const s8 = score[previousRow + 8] as number;
    const s9 = score[previousRow + 9] as number;
    const s10 = score[previousRow + 10] as number;
    const s11 = score[previousRow + 11] as number;
    const s12 = score[previousRow + 12] as number;
    for (let t = 0; t < N; t += 1) {
      const at = t * N;
      let best: number;
      if (IS_INSIDE[t]) {
        // I-X continues B-X (just before it in TAGS) or I-X.
        const begin = (score[previousRow + t - 1] as number) + (table[at + t - 1] as number);
        const inside = (score[previousRow + t] as number) + (table[at + t] as number);
        best = Math.max(begin, inside);
      } else {
        best = Math.max(
          s0 + (table[at + 0] as number),
          s1 + (table[at + 1] as number),
          s2 + (table[at + 2] as number),
          s3 + (table[at + 3] as number),
          s4 + (table[at + 4] as number),
          s5 + (table[at + 5] as number),
          s6 + (table[at + 6] as number),
          s7 + (table[at + 7] as number),
          s8 + (table[at + 8] as number),
          s9 + (table[at + 9] as number),
          s10 + (table[at + 10] as number),
          s11 + (table[at + 11] as number),
          s12 + (table[at + 12] as number),
        );
      }
      score[row + t] = best + (emissions[emitted + row + t] as number);
    }
  }
  let best = 0;
  for (let t = 1; t < N; t += 1) {
    if ((score[(n - 1) * N + t] as number) > (score[(n - 1) * N + best] as number)) best = t;
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    path[i] = best;
    if (i > 0) best = bestPrevious(score, transitions[from + i] as Float64Array, i, best);
  }
  return path;
}

/** The tag before tag t at token i on the best path: the lowest one reaching the best score. */
function bestPrevious(score: Float64Array, table: Float64Array, i: number, t: number): number {
  const previousRow = (i - 1) * N;
  let best = Number.NEGATIVE_INFINITY;
  let pointer = 0;
  for (let k = PREVIOUS_FROM[t] as number; k < (PREVIOUS_FROM[t + 1] as number); k += 1) {
    const p = PREVIOUS_TAGS[k] as number;
    const total = (score[previousRow + p] as number) + (table[t * N + p] as number);
    if (total > best) {
      best = total;
      pointer = p;
    }
  }
  return pointer;
}
