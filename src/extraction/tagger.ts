/**
 * The learned entity tagger: a linear BIO model over SciERC's entity types, decoded with Viterbi
 * per sentence. Weights come from scripts/learn-extractor-model.ts (trained on SciERC train).
 */

import { wordFeatures } from './tagger-features.ts';
import { TAGS, type TaggerType, typeOfTag } from './tagger-labels.ts';
import model from './tagger-model.json' with { type: 'json' };
import { splitSentences } from './tagger-training-data.ts';
import { decodeModel } from './tagger-weights.ts';
import type { Token } from './tokens.ts';
import { addWeights, decode, type TransitionCache } from './viterbi.ts';

export interface TaggedSpan {
  /** Token indices into the document's tokens, end exclusive. */
  first: number;
  end: number;
  type: TaggerType;
}

const WEIGHTS = decodeModel(model.weights as Record<string, string>);
const lookup = (feature: string) => WEIGHTS.get(feature);
const TRANSITIONS: TransitionCache = new Map();
const TAG_LIST: string[] = [...TAGS];
const N = TAG_LIST.length;

// Summed weights of a word form's own features. Word forms repeat a lot, and summing a cached
// row replaces six string builds and map lookups per token; the cap bounds memory on big corpora.
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, Float64Array>();

function wordWeights(text: string): Float64Array {
  let row = wordCache.get(text);
  if (!row) {
    row = new Float64Array(N);
    for (const feature of wordFeatures(text)) addWeights(row, 0, lookup(feature));
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(text, row);
  }
  return row;
}

// Rows of context features cached per family and value, keyed by strings that already exist
// (POS tags, lower-cased words), so no feature string is built per token. Must add exactly the
// features contextFeatures lists; tagger.test.ts checks both paths agree.
const contextCache = new Map<string, Map<string, Float64Array | undefined>>();

function contextRow(family: string, value: string): Float64Array | undefined {
  let byValue = contextCache.get(family);
  if (!byValue) {
    byValue = new Map();
    contextCache.set(family, byValue);
  }
  if (byValue.has(value)) return byValue.get(value);
  const row = lookup(`${family}=${value}`);
  if (byValue.size >= WORD_CACHE_LIMIT) byValue.clear();
  byValue.set(value, row);
  return row;
}

const pairCache = new Map<string, Map<string, Float64Array | undefined>>();

/** Row of a POS-pair feature such as `ppp=ADJ|NOUN`. */
function pairRow(family: string, first: string, second: string): Float64Array | undefined {
  const outer = `${family}${first}`;
  let bySecond = pairCache.get(outer);
  if (!bySecond) {
    bySecond = new Map();
    pairCache.set(outer, bySecond);
  }
  if (bySecond.has(second)) return bySecond.get(second);
  const row = lookup(`${family}=${first}|${second}`);
  bySecond.set(second, row);
  return row;
}

const BOS = '<s>';
const EOS = '</s>';

/** Emission scores of a sentence: word rows from the cache plus context rows. */
export function emissions(sentence: Token[]): Float64Array {
  const out = new Float64Array(sentence.length * N);
  const n = sentence.length;
  for (let i = 0; i < n; i += 1) {
    const token = sentence[i] as Token;
    const row = wordWeights(token.text);
    for (let t = 0; t < N; t += 1) out[i * N + t] = row[t] as number;
    // splitSentences gives one sentence, so every neighbour is in it.
    const prev = sentence[i - 1];
    const next = sentence[i + 1];
    const p = token.pos;
    const pp = prev ? prev.pos : BOS;
    const np = next ? next.pos : EOS;
    const pp2 = prev ? (sentence[i - 2]?.pos ?? BOS) : BOS;
    const np2 = next ? (sentence[i + 2]?.pos ?? EOS) : EOS;
    addWeights(out, i, contextRow('p', p));
    addWeights(out, i, contextRow('pw', prev ? prev.lower : BOS));
    addWeights(out, i, contextRow('nw', next ? next.lower : EOS));
    addWeights(out, i, contextRow('pp', pp));
    addWeights(out, i, contextRow('np', np));
    addWeights(out, i, contextRow('pp2', pp2));
    addWeights(out, i, contextRow('np2', np2));
    addWeights(out, i, pairRow('ppp', pp, p));
    addWeights(out, i, pairRow('pnp', p, np));
  }
  return out;
}

/** Entity spans found by the tagger, Generic ones included (callers drop them). */
export function tagSpans(tokens: Token[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let offset = 0;
  for (const sentence of splitSentences(tokens)) {
    const path = decode(
      emissions(sentence),
      sentence.map((t) => t.pos),
      lookup,
      TRANSITIONS,
    );
    let open: TaggedSpan | undefined;
    path.forEach((tagIndex, i) => {
      const tag = TAG_LIST[tagIndex] as string;
      const type = typeOfTag(tag);
      if (open && !tag.startsWith('I-')) {
        spans.push(open);
        open = undefined;
      }
      if (type && tag.startsWith('B-')) open = { first: offset + i, end: offset + i + 1, type };
      else if (open) open.end = offset + i + 1;
    });
    if (open) spans.push(open);
    offset += sentence.length;
  }
  return spans;
}
