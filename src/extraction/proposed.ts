/**
 * Finds the names a paper introduces: the title's "Name: subtitle" prefix, and in the abstract
 * "we propose/present/introduce X", "called/named/dubbed/termed X", "X is proposed" and
 * "Our … (Name)". Only names count: a coined token ("HarmoniCa"), an acronym definition
 * ("Pyramid Vision Transformer (PVT)") or a capitalised phrase ("Unified Embedding"). Lower-case
 * descriptions ("a novel method for …") are not names and are left to the tagger.
 */
import type { AcronymDefinition } from './acronyms.ts';
import { canonicalKey } from './canonical-key.ts';
import { isCapitalised, isNameLike } from './name-shapes.ts';
import type { Token } from './tokens.ts';

export type ProposedKind = 'method' | 'dataset' | 'metric';

export interface ProposedName {
  /** Token range, end exclusive; for an acronym definition, the long form. */
  first: number;
  end: number;
  /** The acronym token when the name was introduced with one. */
  acronym?: number;
  kind: ProposedKind;
}

const PROPOSE_VERBS = new Set([
  'propose',
  'proposes',
  'present',
  'presents',
  'introduce',
  'introduces',
  'develop',
  'develops',
  'design',
  'designs',
  'create',
  'creates',
]);
const PROPOSE_SUBJECTS = new Set([
  'we',
  'paper',
  'work',
  'study',
  'article',
  'dissertation',
  'thesis',
  'chapter',
]);
const NAMING_WORDS = new Set(['called', 'named', 'dubbed', 'termed', 'namely']);
// Words that end the stretch after a trigger in which the introduced name is looked for.
const WINDOW_STOPS = new Set([
  '.',
  ';',
  ':',
  'which',
  'that',
  'where',
  'whose',
  'to',
  'for',
  'on',
  'in',
  'from',
  'using',
  'based',
  'with',
  'via',
  'through',
  'by',
  'as',
  'inspired',
  'built',
  'than',
]);
const SKIPPABLE = new Set(['the', 'a', 'an', 'our', 'this', 'it', 'them']);
// Lower-case nouns that may follow a one-word capitalised name ("a Halo plot").
const NAME_HEADS = new Set([
  'plot',
  'model',
  'network',
  'method',
  'framework',
  'algorithm',
  'module',
  'benchmark',
  'dataset',
  'loss',
  'strategy',
  'architecture',
  'system',
  'score',
  'metric',
  'representation',
]);
const DATASET_WORDS = /^(?:benchmarks?|datasets?|corpus|corpora|suite)$/;
const METRIC_WORDS = /^(?:score|metric|measure|index)$/;
const WINDOW = 14;

// Words after a name that end its appositive ("RelBench, a set of benchmark datasets" is one,
// "EfficientAD, on 32 datasets" is not).
const APPOSITIVE_STOPS = new Set(['on', 'in', 'for', 'with', 'to', 'from', 'by', '.', ';', 'and']);

function kindNear(tokens: Token[], first: number, end: number, head = end): ProposedKind {
  if (METRIC_WORDS.test(tokens[head - 1]?.lower ?? '')) return 'metric';
  if (DATASET_WORDS.test(tokens[head - 1]?.lower ?? '')) return 'dataset';
  const sentence = tokens[first]?.sentence;
  for (let k = end; k < Math.min(tokens.length, end + 6); k += 1) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence || APPOSITIVE_STOPS.has(token.lower)) break;
    if (DATASET_WORDS.test(token.lower)) return 'dataset';
  }
  return 'method';
}

function definitionAt(definitions: AcronymDefinition[], index: number) {
  return definitions.find(
    (d) => (index >= d.longFirst && index < d.longEnd) || index === d.acronym,
  );
}

/**
 * An acronym defined earlier stands for a known term when its long form is lower case ("an
 * efficient autoregressive VDM" after "video diffusion models (VDMs)"); a capitalised long form
 * ("Image Error Proxy-Guided Objective (IEPO)") is the paper's own name wherever it is defined.
 */
function introducesName(tokens: Token[], definition: AcronymDefinition, from: number): boolean {
  if (definition.longFirst >= from || definition.acronym >= from) {
    if (Math.min(definition.longFirst, definition.acronym) >= from) return true;
  }
  // A capital that only opens the sentence ("Feature attribution methods (FAs)") is no name.
  return tokens
    .slice(definition.longFirst, definition.longEnd)
    .some(
      (t, k) =>
        isCapitalised(t.text) && !(k === 0 && isSentenceStart(tokens, definition.longFirst)),
    );
}

function isSentenceStart(tokens: Token[], index: number): boolean {
  return index === 0 || tokens[index - 1]?.sentence !== tokens[index]?.sentence;
}

/** A later use of an acronym defined earlier for a lower-case term ("VDM" after "(VDMs)"). */
function isKnownTerm(tokens: Token[], definitions: AcronymDefinition[], index: number): boolean {
  const key = canonicalKey((tokens[index] as Token).text);
  return definitions.some(
    (d) =>
      d.acronym < index &&
      canonicalKey((tokens[d.acronym] as Token).text) === key &&
      !introducesName(tokens, d, index),
  );
}

/** Names introduced in tokens[from, to): definitions, coined tokens, capitalised phrases. */
function namesInWindow(
  tokens: Token[],
  from: number,
  to: number,
  definitions: AcronymDefinition[],
  firstOnly: boolean,
): ProposedName[] {
  const names: ProposedName[] = [];
  let i = from;
  let content = 0;
  while (i < to) {
    const token = tokens[i] as Token;
    const definition = definitionAt(definitions, i);
    if (definition && introducesName(tokens, definition, from)) {
      names.push({
        first: definition.longFirst,
        end: definition.longEnd,
        acronym: definition.acronym,
        kind: kindNear(tokens, definition.longFirst, definition.acronym + 2, definition.longEnd),
      });
      i = Math.max(definition.longEnd, definition.acronym) + 1;
    } else if (definition) {
      i += 1;
    } else if (isNameLike(token.text) && !isKnownTerm(tokens, definitions, i)) {
      names.push({ first: i, end: i + 1, kind: kindNear(tokens, i, i + 1) });
      i += 1;
    } else if (isCapitalised(token.text) && token.lower !== 'we') {
      let end = i + 1;
      while (end < to && isCapitalised((tokens[end] as Token).text)) end += 1;
      const next = tokens[end];
      const single = end === i + 1;
      const appositive = !next || [',', '(', '.', 'and'].includes(next.text) || end === to;
      if (!single || (content === 0 && appositive)) {
        names.push({ first: i, end, kind: kindNear(tokens, i, end) });
      } else if (single && next && NAME_HEADS.has(next.lower)) {
        names.push({ first: i, end: end + 1, kind: kindNear(tokens, i, end + 1) });
        end += 1;
      }
      i = end;
    } else {
      i += 1;
    }
    if (!SKIPPABLE.has(token.lower)) content += 1;
    if (firstOnly && names.length > 0) break;
  }
  return names;
}

function windowEnd(tokens: Token[], from: number, definitions: AcronymDefinition[]): number {
  const sentence = tokens[from - 1]?.sentence;
  let end = from;
  while (end < tokens.length && end - from < WINDOW) {
    const token = tokens[end] as Token;
    if (token.sentence !== sentence) break;
    if (WINDOW_STOPS.has(token.lower) && !definitionAt(definitions, end)) break;
    end += 1;
  }
  return end;
}

function hasSubjectBefore(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 4); k -= 1) {
    if (PROPOSE_SUBJECTS.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** Names the abstract says the paper introduces. */
export function proposedInText(tokens: Token[], definitions: AcronymDefinition[]): ProposedName[] {
  const names: ProposedName[] = [];
  // "… a model-agnostic FA for LMs called ReAGent": the naming word, not the verb, says which
  // name is new. "namely" only names a variant and does not silence the verb.
  const namingSentences = new Set(
    tokens.filter((t) => NAMING_WORDS.has(t.lower) && t.lower !== 'namely').map((t) => t.sentence),
  );
  tokens.forEach((token, i) => {
    const word = token.lower;
    let from = -1;
    let firstOnly = false;
    if (NAMING_WORDS.has(word)) {
      from = i + 1;
      firstOnly = true;
    } else if ((word === 'call' || word === 'name') && tokens[i - 1]?.lower === 'we') {
      from = i + 1;
      firstOnly = true;
    } else if (PROPOSE_VERBS.has(word) && hasSubjectBefore(tokens, i)) {
      if (!namingSentences.has(token.sentence)) from = i + 1;
    } else if (word === 'proposed' && tokens[i - 1]?.lower === 'newly') {
      from = i + 1;
      firstOnly = true;
    } else if (word === 'proposed' && ['is', 'are'].includes(tokens[i - 1]?.lower ?? '')) {
      // "the concept of Continual Inference Networks (CINs) is proposed": look backwards.
      let start = i - 1;
      while (start > 0 && (tokens[start - 1] as Token).sentence === token.sentence) start -= 1;
      names.push(...namesInWindow(tokens, Math.max(start + 1, i - 12), i - 1, definitions, false));
    }
    if (from < 0) return;
    while (from < tokens.length && SKIPPABLE.has((tokens[from] as Token).lower)) from += 1;
    const to = windowEnd(tokens, from, definitions);
    names.push(...namesInWindow(tokens, from, to, definitions, firstOnly));
  });
  names.push(...ownNamesInParentheses(tokens));
  return names;
}

/** "Our supervised compression approach uses … (Entropic Student)." */
function ownNamesInParentheses(tokens: Token[]): ProposedName[] {
  const names: ProposedName[] = [];
  tokens.forEach((token, i) => {
    if (token.text !== '(') return;
    let close = i + 1;
    while (close < tokens.length && isCapitalised((tokens[close] as Token).text)) close += 1;
    const words = close - (i + 1);
    if (tokens[close]?.text !== ')' || words < 2 || words > 4) return;
    const sentenceStart = tokens.findIndex((t) => t.sentence === token.sentence);
    if (tokens[sentenceStart]?.lower !== 'our') return;
    names.push({ first: i + 1, end: close, kind: kindNear(tokens, i + 1, close) });
  });
  return names;
}

/**
 * The title's "Name: subtitle" prefix when it is a name: a coined token ("AutoInt:"), or a
 * capitalised phrase that the abstract also introduces ("Pyramid Vision Transformer:").
 */
export function proposedInTitle(titleTokens: Token[], abstractKeys: Set<string>): ProposedName[] {
  const colon = titleTokens.findIndex((t) => t.text === ':');
  if (colon <= 0 || colon > 5) return [];
  const prefix = titleTokens.slice(0, colon);
  if (prefix.length === 1 && isNameLike((prefix[0] as Token).text)) {
    return [{ first: 0, end: 1, kind: 'method' }];
  }
  if (prefix.length === 1 && /^[A-Z]{3,}$/.test((prefix[0] as Token).text)) {
    return [{ first: 0, end: 1, kind: 'method' }];
  }
  const text = prefix.map((t) => t.text).join(' ');
  if (prefix.every((t) => isCapitalised(t.text)) && abstractKeys.has(canonicalKey(text))) {
    return [{ first: 0, end: colon, kind: 'method' }];
  }
  return [];
}
