/**
 * Compact text encoding of the tagger's sparse integer weights: one letter per tag ('a' is the
 * first tag) followed by its weight, e.g. "a12c-3". About a third smaller than JSON pairs, which
 * keeps the committed model file small.
 */
import { TAGS } from './tagger-labels.ts';

const FIRST = 'a'.charCodeAt(0);

export function encodeWeights(weights: ArrayLike<number>): string {
  let out = '';
  for (let t = 0; t < weights.length; t += 1) {
    const value = weights[t] as number;
    if (value !== 0) out += `${String.fromCharCode(FIRST + t)}${value}`;
  }
  return out;
}

export function decodeWeights(encoded: string): Float64Array {
  const vector = new Float64Array(TAGS.length);
  for (const match of encoded.matchAll(/([a-z])(-?\d+)/g)) {
    vector[(match[1] as string).charCodeAt(0) - FIRST] = Number(match[2]);
  }
  return vector;
}

export function decodeModel(weights: Record<string, string>): Map<string, Float64Array> {
  const table = new Map<string, Float64Array>();
  for (const [feature, encoded] of Object.entries(weights)) {
    table.set(feature, decodeWeights(encoded));
  }
  return table;
}
