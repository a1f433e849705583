/**
 * The learned entity tagger: a linear BIO model over SciERC's entity types, decoded with Viterbi
 * per sentence. Weights come from scripts/learn-extractor-model.ts (trained on SciERC train).
 *
 * Decoding adds up exactly the features of tagger-features.ts, but without building a feature
 * string per token: rows of the word's own features and of its use as a neighbour are cached
 * per word form, and every feature over POS tags is precomputed into tables indexed by small
 * integers. tagger.test.ts checks that both paths agree.
 */

import { wordFeatures } from './tagger-features.ts';
import { TAGS, type TaggerType, typeOfTag } from './tagger-labels.ts';
import model from './tagger-model.json' with { type: 'json' };
import { decodeModel } from './tagger-weights.ts';
import type { Token } from './tokens.ts';
import { addWeights, decodeWithTables, transitionTable } from './viterbi.ts';

export interface TaggedSpan {
  /** Token indices into the document's tokens, end exclusive. */
  first: number;
  end: number;
  type: TaggerType;
}

const WEIGHTS = decodeModel(model.weights as Record<string, string>);
const lookup = (feature: string) => WEIGHTS.get(feature);
const N = TAGS.length;
const ZERO = new Float64Array(N);
const BOS = '<s>';
const EOS = '</s>';

// Every POS value the model has a feature for, plus sentence boundaries. Any other POS (index
// OTHER) has no feature of its own, so its rows are zero.
const POS_FAMILIES = new Set(['p', 'pp', 'np', 'pp2', 'np2', 'ppp', 'pnp']);
const posValues = new Set([BOS, EOS]);
for (const feature of WEIGHTS.keys()) {
  const [family = '', value = ''] = feature.split('=');
  if (POS_FAMILIES.has(family)) for (const part of value.split('|')) posValues.add(part);
  if (family === 'Tp') posValues.add(value.slice(value.indexOf('|') + 1));
}
const POS_INDEX = new Map([...posValues].map((pos, index) => [pos, index]));
const OTHER = POS_INDEX.size;
const M = OTHER + 1;
const posIndex = (pos: string) => POS_INDEX.get(pos) ?? OTHER;
const POS_NAMES = [...posValues, '\u0000other'];
const I_BOS = posIndex(BOS);
const I_EOS = posIndex(EOS);

/** Sum of the named features' weights. */
function sumRow(features: string[]): Float64Array {
  const row = new Float64Array(N);
  for (const feature of features) addWeights(row, 0, lookup(feature));
  return row;
}

/** table[(a * M + b) * N + t] = sum of the features `make(a, b)` names (a, b: POS indices). */
function pairTable(make: (a: string, b: string) => string[]): Float64Array {
  const table = new Float64Array(M * M * N);
  for (let a = 0; a < M; a += 1) {
    for (let b = 0; b < M; b += 1) {
      table.set(sumRow(make(POS_NAMES[a] as string, POS_NAMES[b] as string)), (a * M + b) * N);
    }
  }
  return table;
}

// The token's POS with the previous one, and with the next one; the POS two tokens away.
const LEFT = pairTable((pp, p) => [`p=${p}`, `pp=${pp}`, `ppp=${pp}|${p}`]);
const RIGHT = pairTable((p, np) => [`np=${np}`, `pnp=${p}|${np}`]);
const FAR = pairTable((pp2, np2) => [`pp2=${pp2}`, `np2=${np2}`]);
const TRANSITIONS = POS_NAMES.map((pos) => transitionTable(pos, lookup));

// Rows of every word form seen so far, packed into one array for locality: at STRIDE * id come
// the word's own features, then its `pw=` row (for the token after it), then its `nw=` row (for
// the token before it). Id 0 stands for the sentence boundary: `pw=<s>` and `nw=</s>`.
const AS_PREVIOUS = N;
const AS_NEXT = 2 * N;
const STRIDE = 3 * N;
const BOUNDARY = 0;
// Word forms repeat a lot; the cap bounds memory on big corpora.
const WORD_LIMIT = 50_000;
const wordIds = new Map<string, number>();
let wordRows = new Float64Array(1024 * STRIDE);
wordRows.set(lookup(`pw=${BOS}`) ?? ZERO, BOUNDARY * STRIDE + AS_PREVIOUS);
wordRows.set(lookup(`nw=${EOS}`) ?? ZERO, BOUNDARY * STRIDE + AS_NEXT);

function wordId(text: string): number {
  let id = wordIds.get(text);
  if (id === undefined) {
    id = wordIds.size + 1;
    if ((id + 1) * STRIDE > wordRows.length) {
      const grown = new Float64Array(2 * wordRows.length);
      grown.set(wordRows);
      wordRows = grown;
    }
    const lower = text.toLowerCase();
    wordRows.set(sumRow(wordFeatures(text)), id * STRIDE);
    wordRows.set(lookup(`pw=${lower}`) ?? ZERO, id * STRIDE + AS_PREVIOUS);
    wordRows.set(lookup(`nw=${lower}`) ?? ZERO, id * STRIDE + AS_NEXT);
    wordIds.set(text, id);
  }
  return id;
}

function posIndices(tokens: Token[]): Int32Array {
  const pos = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) pos[i] = posIndex((tokens[i] as Token).pos);
  return pos;
}

/**
 * Emission scores of every token, rows of N: the features of tagger-features.ts, whose context
 * stops at sentence boundaries.
 */
export function emissions(tokens: Token[], pos = posIndices(tokens)): Float64Array {
  const n = tokens.length;
  // Ids are only valid until the next clearing, so never clear within one call.
  if (wordIds.size + n > WORD_LIMIT) wordIds.clear();
  const out = new Float64Array(n * N);
  const words = new Int32Array(n);
  for (let i = 0; i < n; i += 1) words[i] = wordId((tokens[i] as Token).text);
  const rows = wordRows;
  for (let i = 0; i < n; i += 1) {
    const sentence = (tokens[i] as Token).sentence;
    const hasPrevious = i > 0 && (tokens[i - 1] as Token).sentence === sentence;
    const hasNext = i + 1 < n && (tokens[i + 1] as Token).sentence === sentence;
    const pp2 =
      hasPrevious && i > 1 && (tokens[i - 2] as Token).sentence === sentence
        ? (pos[i - 2] as number)
        : I_BOS;
    const np2 =
      hasNext && i + 2 < n && (tokens[i + 2] as Token).sentence === sentence
        ? (pos[i + 2] as number)
        : I_EOS;
    const pp = hasPrevious ? (pos[i - 1] as number) : I_BOS;
    const np = hasNext ? (pos[i + 1] as number) : I_EOS;
    const p = pos[i] as number;
    const own = (words[i] as number) * STRIDE;
    const previous = (hasPrevious ? (words[i - 1] as number) : BOUNDARY) * STRIDE + AS_PREVIOUS;
    const next = (hasNext ? (words[i + 1] as number) : BOUNDARY) * STRIDE + AS_NEXT;
    const left = (pp * M + p) * N;
    const right = (p * M + np) * N;
    const far = (pp2 * M + np2) * N;
    const at = i * N;
    // Weights are integers, so the order of the sum does not matter.
    for (let t = 0; t < N; t += 1) {
      out[at + t] =
        (rows[own + t] as number) +
        (rows[previous + t] as number) +
        (rows[next + t] as number) +
        (LEFT[left + t] as number) +
        (RIGHT[right + t] as number) +
        (FAR[far + t] as number);
    }
  }
  return out;
}

const TAG_TYPE = TAGS.map(typeOfTag);
const IS_BEGIN = TAGS.map((tag) => tag.startsWith('B-'));
const IS_INSIDE = TAGS.map((tag) => tag.startsWith('I-'));

/** Entity spans found by the tagger, Generic ones included (callers drop them). */
export function tagSpans(tokens: Token[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  const pos = posIndices(tokens);
  const scores = emissions(tokens, pos);
  // A plain loop: Array.from over a typed array allocates an iterator result per element.
  const tables = new Array<Float64Array>(pos.length);
  for (let i = 0; i < pos.length; i += 1) tables[i] = TRANSITIONS[pos[i] as number] as Float64Array;
  let from = 0;
  while (from < tokens.length) {
    const sentence = (tokens[from] as Token).sentence;
    let to = from + 1;
    while (to < tokens.length && (tokens[to] as Token).sentence === sentence) to += 1;
    const path = decodeWithTables(scores, tables, from, to);
    let open: TaggedSpan | undefined;
    for (let i = 0; i < path.length; i += 1) {
      const tag = path[i] as number;
      if (open && !IS_INSIDE[tag]) {
        spans.push(open);
        open = undefined;
      }
      const type = TAG_TYPE[tag];
      if (type && IS_BEGIN[tag]) open = { first: from + i, end: from + i + 1, type };
      else if (open) open.end = from + i + 1;
    }
    if (open) spans.push(open);
    from = to;
  }
  return spans;
}
