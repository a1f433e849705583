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
// The neighbour-word features at the ends of a sentence.
const PREVIOUS_BOS = lookup(`pw=${BOS}`) ?? ZERO;
const NEXT_EOS = lookup(`nw=${EOS}`) ?? ZERO;

interface WordRows {
  /** Features of the word itself. */
  own: Float64Array;
  /** `pw=` and `nw=` features of a token whose previous / next word this is. */
  asPrevious: Float64Array;
  asNext: Float64Array;
}

// Word forms repeat a lot; the cap bounds memory on big corpora.
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordRows>();

function wordRows(text: string): WordRows {
  let rows = wordCache.get(text);
  if (!rows) {
    const lower = text.toLowerCase();
    rows = {
      own: sumRow(wordFeatures(text)),
      asPrevious: lookup(`pw=${lower}`) ?? ZERO,
      asNext: lookup(`nw=${lower}`) ?? ZERO,
    };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(text, rows);
  }
  return rows;
}

/** Adds `source[from, from + N)` to `out[at, at + N)`. */
function addRow(out: Float64Array, at: number, source: Float64Array, from: number): void {
  for (let t = 0; t < N; t += 1) out[at + t] = (out[at + t] as number) + (source[from + t] as number);
}

/** Emission scores of the sentence tokens[from, to) (one sentence: neighbours are inside it). */
export function emissions(tokens: Token[], from = 0, to = tokens.length): Float64Array {
  const n = to - from;
  const out = new Float64Array(n * N);
  const rows: WordRows[] = [];
  const pos = new Int32Array(n + 4).fill(I_BOS);
  pos.fill(I_EOS, n + 2);
  for (let i = 0; i < n; i += 1) {
    const token = tokens[from + i] as Token;
    rows.push(wordRows(token.text));
    pos[i + 2] = posIndex(token.pos);
  }
  for (let i = 0; i < n; i += 1) {
    const at = i * N;
    const word = rows[i] as WordRows;
    out.set(word.own, at);
    addRow(out, at, i > 0 ? (rows[i - 1] as WordRows).asPrevious : PREVIOUS_BOS, 0);
    addRow(out, at, i + 1 < n ? (rows[i + 1] as WordRows).asNext : NEXT_EOS, 0);
    // pos[i + 2] is token i's POS; BOS and EOS pad both ends.
    const pp2 = pos[i] as number;
    const pp = pos[i + 1] as number;
    const p = pos[i + 2] as number;
    const np = pos[i + 3] as number;
    const np2 = pos[i + 4] as number;
    addRow(out, at, LEFT, (pp * M + p) * N);
    addRow(out, at, RIGHT, (p * M + np) * N);
    addRow(out, at, FAR, (pp2 * M + np2) * N);
  }
  return out;
}

const TAG_TYPE = TAGS.map(typeOfTag);
const IS_BEGIN = TAGS.map((tag) => tag.startsWith('B-'));
const IS_INSIDE = TAGS.map((tag) => tag.startsWith('I-'));

/** Entity spans found by the tagger, Generic ones included (callers drop them). */
export function tagSpans(tokens: Token[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let from = 0;
  while (from < tokens.length) {
    const sentence = (tokens[from] as Token).sentence;
    let to = from + 1;
    while (to < tokens.length && (tokens[to] as Token).sentence === sentence) to += 1;
    const tables: Float64Array[] = [];
    for (let i = from; i < to; i += 1)
      tables.push(TRANSITIONS[posIndex((tokens[i] as Token).pos)] as Float64Array);
    const path = decodeWithTables(emissions(tokens, from, to), tables);
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
