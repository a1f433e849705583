/**
 * Tokenises text with wink-nlp (part-of-speech tags included) and returns tokens with character
 * offsets into the original string. wink splits hyphenated and symbol-joined words ("ME-CondConv",
 * "state-of-the-art", "MHC^3", "MP_{+}") into pieces; names like these must stay one token for
 * span boundaries to land on whole words, so glued pieces are merged back here.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Token {
  text: string;
  lower: string;
  /** Universal POS tag from wink, or the tag of the head piece for merged tokens. */
  pos: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

// Only sentence splitting and POS tagging are needed; skipping NER, negation and sentiment
// roughly halves the cost of readDoc.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

// Symbols that glue word parts into one written name when no space surrounds them.
const JOINERS = new Set(['-', '^', '_', '/', '+', '{', '}', '.', "'", '~']);
// A glued name may end with these ("MP_{+}", "C++") but never with any other joiner.
const ENDERS = new Set(['}', '+']);

/** wink's tokens of `text` as parallel arrays, with offsets and word-likeness precomputed. */
interface RawTokens {
  values: string[];
  tags: string[];
  starts: Int32Array;
  ends: Int32Array;
  sentences: Int32Array;
  /** Has a letter or digit and is no clitic ("'s", "n't" belong to the previous word). */
  wordish: Uint8Array;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Has a letter or digit and is no clitic ("'s", "n't" belong to the previous word). */
function isWordish(value: string): boolean {
  if (value.startsWith("'")) return false;
  // Most tokens start with an ASCII letter or digit; only the rest need the Unicode pattern.
  const code = value.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))
    return true;
  return LETTER_OR_DIGIT.test(value);
}

function rawTokens(text: string): RawTokens {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const n = values.length;
  const raw: RawTokens = {
    values,
    tags,
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    sentences: new Int32Array(n),
    wordish: new Uint8Array(n),
  };
  let cursor = 0;
  let sentence = 0;
  for (let i = 0; i < n; i += 1) {
    const value = values[i] as string;
    while (sentence < spans.length - 1 && i > (spans[sentence]?.[1] ?? Infinity)) sentence += 1;
    const found = text.indexOf(value, cursor);
    // wink keeps the original characters in `value`; the fallback only guards odd input.
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : start + value.length;
    raw.starts[i] = start;
    raw.ends[i] = end;
    raw.sentences[i] = sentence;
    raw.wordish[i] = isWordish(value) ? 1 : 0;
    cursor = end;
  }
  return raw;
}

/** Index one past the last raw token of the glued name starting at `i`. */
function gluedEnd(raw: RawTokens, i: number): number {
  const n = raw.values.length;
  let j = i + 1;
  while (
    j < n &&
    raw.starts[j] === raw.ends[j - 1] &&
    (raw.wordish[j] || JOINERS.has(raw.values[j] as string))
  )
    j += 1;
  // Drop trailing joiners: "ResNet50." ends a sentence, "MLP-" would be a broken word.
  while (j - 1 > i && !raw.wordish[j - 1] && !ENDERS.has(raw.values[j - 1] as string)) j -= 1;
  return j;
}

export function tokenize(text: string): Token[] {
  const raw = rawTokens(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < raw.values.length) {
    const j = raw.wordish[i] ? gluedEnd(raw, i) : i + 1;
    const start = raw.starts[i] as number;
    const end = raw.ends[j - 1] as number;
    let pos = raw.tags[i] ?? 'X';
    if (j > i + 1) {
      // The last word piece carries the POS of a compound ("Mamba-based"), but a trailing
      // number ("MHC^3", "CIFAR-10") does not make the name a number.
      for (let k = i; k < j; k += 1) {
        const tag = raw.tags[k] ?? 'X';
        if (raw.wordish[k] && (tag !== 'NUM' || pos === 'NUM')) pos = tag;
      }
    }
    const piece =
      j === i + 1 && end - start === (raw.values[i] as string).length
        ? (raw.values[i] as string)
        : text.slice(start, end);
    tokens.push({
      text: piece,
      lower: piece.toLowerCase(),
      pos,
      start,
      end,
      sentence: raw.sentences[i] as number,
    });
    i = j;
  }
  return tokens;
}
