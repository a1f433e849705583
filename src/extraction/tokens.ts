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

interface RawToken {
  text: string;
  pos: string;
  start: number;
  end: number;
  sentence: number;
}

function rawTokens(text: string): RawToken[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: RawToken[] = [];
  let cursor = 0;
  let sentence = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    while (sentence < spans.length - 1 && i > (spans[sentence]?.[1] ?? Infinity)) sentence += 1;
    const found = text.indexOf(value, cursor);
    // wink keeps the original characters in `value`; the fallback only guards odd input.
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : start + value.length;
    out.push({ text: value, pos: tags[i] ?? 'X', start, end, sentence });
    cursor = end;
  }
  return out;
}

function isWordish(token: RawToken): boolean {
  // "'s" and "n't" are clitics of the previous word, not parts of a name.
  return /[\p{L}\p{N}]/u.test(token.text) && !token.text.startsWith("'");
}

function joinable(token: RawToken): boolean {
  return isWordish(token) || JOINERS.has(token.text);
}

/** Index one past the last raw token of the glued name starting at `i`. */
function gluedEnd(raw: RawToken[], i: number): number {
  let j = i + 1;
  while (j < raw.length) {
    const next = raw[j] as RawToken;
    if (next.start !== (raw[j - 1] as RawToken).end || !joinable(next)) break;
    j += 1;
  }
  // Drop trailing joiners: "ResNet50." ends a sentence, "MLP-" would be a broken word.
  while (j - 1 > i) {
    const last = raw[j - 1] as RawToken;
    if (isWordish(last) || ENDERS.has(last.text)) break;
    j -= 1;
  }
  return j;
}

export function tokenize(text: string): Token[] {
  const raw = rawTokens(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < raw.length) {
    const first = raw[i] as RawToken;
    const j = isWordish(first) ? gluedEnd(raw, i) : i + 1;
    const last = raw[j - 1] as RawToken;
    let head = first;
    // The last word piece carries the POS of a compound ("Mamba-based"), but a trailing number
    // ("MHC^3", "CIFAR-10") does not make the name a number.
    for (let k = i; k < j; k += 1) {
      const piece = raw[k] as RawToken;
      if (isWordish(piece) && (piece.pos !== 'NUM' || head.pos === 'NUM')) head = piece;
    }
    const piece = text.slice(first.start, last.end);
    tokens.push({
      text: piece,
      lower: piece.toLowerCase(),
      pos: head.pos,
      start: first.start,
      end: last.end,
      sentence: first.sentence,
    });
    i = j;
  }
  return tokens;
}
