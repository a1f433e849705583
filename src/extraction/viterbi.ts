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

/** Transition scores [prev * N + t] for tokens with this POS. */
export function transitionTable(pos: string, lookup: WeightLookup): Float64Array {
  const table = new Float64Array(N * N);
  for (let p = 0; p < N; p += 1) {
    for (const feature of transitionFeatures(TAG_LIST[p] as string, pos)) {
      const weights = lookup(feature);
      if (!weights) continue;
      for (let t = 0; t < N; t += 1)
        table[p * N + t] = (table[p * N + t] as number) + (weights[t] ?? 0);
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

/**
 * Best tag index per token, from emission scores and each token's transition table
 * ([prev * N + t], as built for its POS tag).
 */
export function decodeWithTables(
  emissions: Float64Array,
  transitions: readonly Float64Array[],
): number[] {
  const n = transitions.length;
  if (n === 0) return [];
  const scores = new Float64Array(n * N);
  const back = new Int32Array(n * N);
  for (let i = 0; i < n; i += 1) {
    const table = transitions[i] as Float64Array;
    const row = i * N;
    const previousRow = row - N;
    for (let t = 0; t < N; t += 1) {
      let best = Number.NEGATIVE_INFINITY;
      let pointer = 0;
      if (i === 0) {
        if (ALLOWED[START * N + t]) best = table[START * N + t] as number;
      } else {
        for (let p = 0; p < N; p += 1) {
          if (!ALLOWED[p * N + t]) continue;
          const total = (scores[previousRow + p] as number) + (table[p * N + t] as number);
          if (total > best) {
            best = total;
            pointer = p;
          }
        }
      }
      scores[row + t] = best + (emissions[row + t] as number);
      back[row + t] = pointer;
    }
  }
  let best = 0;
  for (let t = 1; t < N; t += 1) {
    if ((scores[(n - 1) * N + t] as number) > (scores[(n - 1) * N + best] as number)) best = t;
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    path[i] = best;
    best = back[i * N + best] as number;
  }
  return path;
}
