/**
 * Acronym definitions: "Pyramid Vision Transformer (PVT)", "Training-frEE calibratioN (TEEN)",
 * and the reverse "ODIN (Omni-Dimensional INstance segmentation)". The long form is found with
 * the Schwartz–Hearst rule: the shortest run of preceding words whose characters contain the
 * acronym's letters in order, the first letter starting a word. This tolerates mixed-case
 * acronyms ("ReAGent", "g-SAEs") whose capitals are not simply the initials.
 */
import { singularAcronym } from './canonical-key.ts';
import type { Token } from './tokens.ts';

export interface AcronymDefinition {
  /** Token range of the long form, end exclusive. */
  longFirst: number;
  longEnd: number;
  /** Token index of the acronym. */
  acronym: number;
}

/** A surface that can be an acronym: short, has letters, and a capital beyond the first char. */
export function isAcronymCandidate(text: string): boolean {
  if (text.length < 2 || text.length > 12) return false;
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return false;
  return /[A-Z]/.test(text.slice(1)) || /^[A-Z]{2,}/.test(text);
}

/** The letters an acronym spells, lower-cased, plural s dropped: "g-SAEs" → "gsae". */
export function acronymLetters(text: string): string {
  const core = singularAcronym(text).replace(/(?<=[A-Z])s$/, '');
  return core.replace(/[^A-Za-z]/g, '').toLowerCase();
}

/**
 * Start index (into `words`) of the shortest suffix of `words` that spells `letters`, or -1.
 * Scans characters right to left as Schwartz & Hearst (2003) do.
 */
export function spellingStart(words: string[], letters: string): number {
  const text = words.join(' ').toLowerCase();
  let li = letters.length - 1;
  let ti = text.length - 1;
  while (li >= 0) {
    const letter = letters[li] as string;
    // The first letter of the acronym must begin a word of the long form.
    for (;;) {
      if (ti < 0) return -1;
      const char = text[ti];
      const atWordStart = ti === 0 || !/[a-z0-9]/.test(text[ti - 1] ?? ' ');
      if (char === letter && (li > 0 || atWordStart)) break;
      ti -= 1;
    }
    li -= 1;
    ti -= 1;
  }
  const startChar = ti + 1;
  let offset = 0;
  for (let w = 0; w < words.length; w += 1) {
    const word = words[w] as string;
    if (startChar < offset + word.length) return w;
    offset += word.length + 1;
  }
  return -1;
}

const STOP_AT = new Set([
  '(',
  ')',
  ',',
  ';',
  ':',
  '.',
  'we',
  'a',
  'an',
  'the',
  'our',
  'is',
  'are',
  'called',
  'named',
  'dubbed',
  'termed',
  'propose',
  'proposed',
  'present',
  'introduce',
]);

// Words a long form may contain without spelling a letter of the acronym.
const FILLERS = new Set([
  'of',
  'for',
  'and',
  'the',
  'to',
  'by',
  'in',
  'on',
  'with',
  'a',
  'an',
  'or',
  'two',
  'three',
  'under',
  'from',
  'via',
]);

function maxLongWords(letters: string): number {
  return Math.min(letters.length + 5, letters.length * 2);
}

/** Long-form window before token `end`: words up to a stop word, punctuation or sentence start. */
function windowBefore(tokens: Token[], end: number, max: number): number {
  let first = end;
  const sentence = tokens[end - 1]?.sentence;
  while (first > 0 && end - first < max) {
    const token = tokens[first - 1] as Token;
    if (token.sentence !== sentence || STOP_AT.has(token.lower)) break;
    first -= 1;
  }
  return first;
}

function longFormBefore(tokens: Token[], end: number, letters: string): number {
  const first = windowBefore(tokens, end, maxLongWords(letters));
  if (first >= end) return -1;
  const words = tokens.slice(first, end).map((t) => t.text);
  const start = spellingStart(words, letters);
  return start < 0 ? -1 : first + start;
}

/** Whether the long form's words plausibly spell the acronym (guards against "(1) ..." noise). */
function plausible(tokens: Token[], first: number, end: number, letters: string): boolean {
  const words = tokens.slice(first, end);
  if (words.length === 0 || !words.every((t) => /[\p{L}\p{N}]/u.test(t.text))) return false;
  // Long forms found by spelling alone can run too far back ("automated search for more compact
  // and better-performing models (AutoML)"): allow at most two content words whose initial is
  // not one of the acronym's letters.
  const strays = words.filter((t) => !FILLERS.has(t.lower) && !letters.includes(t.lower[0] ?? ''));
  return strays.length <= 2;
}

export function findAcronymDefinitions(tokens: Token[]): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const open = tokens[i - 1] as Token;
    const inner = tokens[i] as Token;
    const close = tokens[i + 1] as Token;
    if (open.text !== '(' || close.text !== ')') continue;
    // "LONG FORM (ACR)"
    if (isAcronymCandidate(inner.text)) {
      const letters = acronymLetters(inner.text);
      // LaTeX's non-breaking "~" often sits before the bracket: "Transformer~(PVT)".
      const longEnd = tokens[i - 2]?.text === '~' ? i - 2 : i - 1;
      const longFirst = longFormBefore(tokens, longEnd, letters);
      if (longFirst >= 0 && plausible(tokens, longFirst, longEnd, letters)) {
        found.push({ longFirst, longEnd, acronym: i });
      }
    }
  }
  // "ACR (Long Form)": an acronym-like token followed by a bracketed phrase that spells it.
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    const acronym = tokens[i] as Token;
    // The bracket test first: it is cheap and rules out almost every token.
    if (tokens[i + 1]?.text !== '(' || !isAcronymCandidate(acronym.text)) continue;
    let close = i + 2;
    while (close < tokens.length && tokens[close]?.text !== ')' && close - i < 10) close += 1;
    if (tokens[close]?.text !== ')' || close - (i + 2) < 2) continue;
    const words = tokens.slice(i + 2, close).map((t) => t.text);
    if (spellingStart(words, acronymLetters(acronym.text)) === 0) {
      found.push({ longFirst: i + 2, longEnd: close, acronym: i });
    }
  }
  return found;
}
