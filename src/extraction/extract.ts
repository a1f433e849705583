/**
 * Extracts the entities of one analysed paper: gathers candidates from every source, settles
 * overlaps, resolves each to a canonical key (local acronym definitions first, then the corpus
 * alias table) and groups the mentions of one key into one entity.
 */
import type { AliasTable } from './alias-table.ts';
import { type AnalysedField, type AnalysedPaper, spanText } from './analyse.ts';
import { type Candidate, resolveOverlaps, taggerCandidates } from './candidates.ts';
import { canonicalKey } from './canonical-key.ts';
import { groupEntities } from './entities.ts';
import { isGenericPhrase, stripLeadingWords } from './generic-phrases.ts';
import { isNameLike } from './name-shapes.ts';
import { type ProposedName, proposedInText, proposedInTitle } from './proposed.ts';
import type { EntityKind, ExtractedEntity } from './types.ts';

const stripPlural = (word: string) =>
  word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word;

const DATASET_NEXT = /^(?:dataset|datasets|benchmark|benchmarks|corpus)$/;

function overlappingKind(
  taggerSpans: Candidate[],
  first: number,
  end: number,
): EntityKind | undefined {
  return taggerSpans.find((c) => c.first < end && first < c.end)?.kind;
}

/**
 * One mention per definition covering "Long Form (ACR)" or "ACR (Long Form)" with the brackets,
 * as SciERC annotates it; the long form and the acronym become the entity's name and alias.
 * A tagger span that strictly contains the definition ("information extraction (IE) systems")
 * is the better mention, so the definition then yields to it.
 */
function definitionCandidates(field: AnalysedField, tagged: Candidate[]): Candidate[] {
  return field.definitions.flatMap((definition) => {
    const long = spanText(field, definition.longFirst, definition.longEnd);
    const acronym = field.tokens[definition.acronym]?.text ?? '';
    const first = Math.min(definition.longFirst, definition.acronym);
    const end = Math.max(definition.longEnd + 1, definition.acronym + 2);
    const kind = overlappingKind(tagged, definition.longFirst, definition.longEnd) ?? 'method';
    const containing = tagged.some(
      (c) => c.first <= first && c.end >= end && c.end - c.first > end - first,
    );
    if (containing) return [];
    return [
      {
        field,
        first,
        end,
        kind,
        source: 'definition' as const,
        key: canonicalKey(long),
        surfaces: [long, acronym],
      },
    ];
  });
}

function proposedCandidates(field: AnalysedField, names: ProposedName[]): Candidate[] {
  return names.map((name) => ({
    field,
    first: name.first,
    end: name.end,
    kind: name.kind === 'method' ? 'method' : name.kind,
    source: 'proposed' as const,
    proposedKind: name.kind,
  }));
}

function nameCandidates(field: AnalysedField): Candidate[] {
  const out: Candidate[] = [];
  field.tokens.forEach((token, i) => {
    if (!isNameLike(token.text) || token.text.includes('://') || token.text.includes('.com'))
      return;
    const next = field.tokens[i + 1]?.lower ?? '';
    const kind: EntityKind = DATASET_NEXT.test(next) ? 'dataset' : 'method';
    out.push({ field, first: i, end: i + 1, kind, source: 'name' });
  });
  return out;
}

/**
 * Later mentions of defined and introduced names, matched by key over token n-grams. Only
 * n-grams whose first token can start a lexicon entry are keyed, which keeps this cheap.
 */
function lexiconCandidates(
  fields: AnalysedField[],
  keys: Map<string, EntityKind>,
  starts: Set<string>,
  resolve: (k: string) => string,
): Candidate[] {
  const longest = Math.min(8, Math.max(0, ...[...keys.keys()].map((k) => k.split(' ').length + 2)));
  const out: Candidate[] = [];
  for (const field of fields) {
    const { tokens } = field;
    for (let first = 0; first < tokens.length; first += 1) {
      if (!starts.has((tokens[first] as { lower: string }).lower)) continue;
      for (let n = 1; n <= longest && first + n <= tokens.length; n += 1) {
        if (tokens[first + n - 1]?.sentence !== tokens[first]?.sentence) break;
        const key = resolve(canonicalKey(spanText(field, first, first + n)));
        const kind = keys.get(key);
        if (kind) out.push({ field, first, end: first + n, kind, source: 'lexicon', key });
      }
    }
  }
  return out;
}

// Words after a dataset's name that describe its contents ("CIFAR-10 images", "COCO dataset").
const DATASET_TAIL = new Set([
  'image',
  'images',
  'dataset',
  'datasets',
  'data',
  'benchmark',
  'benchmarks',
  'training',
  'test',
  'set',
  'sets',
  'samples',
  'split',
  'corpus',
  'videos',
]);

/** "CIFAR-10 training images" → the dataset "CIFAR-10"; other tagger spans are unchanged. */
function trimDatasetName(candidate: Candidate): Candidate {
  const { tokens } = candidate.field;
  let nameEnd = candidate.first;
  while (nameEnd < candidate.end && isNameLike((tokens[nameEnd] as { text: string }).text))
    nameEnd += 1;
  if (nameEnd === candidate.first || nameEnd === candidate.end) return candidate;
  for (let k = nameEnd; k < candidate.end; k += 1) {
    if (!DATASET_TAIL.has((tokens[k] as { lower: string }).lower)) return candidate;
  }
  return { ...candidate, end: nameEnd, kind: 'dataset' };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n += 1;
  return n;
}

function isUsable(candidate: Candidate): boolean {
  if (candidate.source === 'definition' || candidate.source === 'proposed') return true;
  const text = spanText(candidate.field, candidate.first, candidate.end);
  if (!/\p{L}/u.test(text) || text.includes('://')) return false;
  // "ViT) or classification tokens": a span cut across a bracket is no name.
  if (count(text, '(') !== count(text, ')')) return false;
  return !isGenericPhrase(text);
}

export function extractEntities(paper: AnalysedPaper, aliases: AliasTable): ExtractedEntity[] {
  const fields = [paper.title, paper.abstract];
  const local = new Map<string, string>();
  for (const field of fields) {
    for (const d of field.definitions) {
      const acronym = canonicalKey(field.tokens[d.acronym]?.text ?? '');
      if (!local.has(acronym))
        local.set(acronym, canonicalKey(spanText(field, d.longFirst, d.longEnd)));
    }
  }
  const resolve = (key: string) => local.get(key) ?? aliases.get(key) ?? key;
  // A trailing "(ACR)" inside a tagger span ("encoder-only language models (LMs)") is not part
  // of the name.
  const keys = new Map<Candidate, string>();
  const keyOf = (c: Candidate) => {
    let key = c.key ?? keys.get(c);
    if (key === undefined) {
      key = resolve(
        canonicalKey(
          stripLeadingWords(spanText(c.field, c.first, c.end)).replace(/\s*\([^()]*\)$/, ''),
        ),
      );
      keys.set(c, key);
    }
    return key;
  };

  const tagged = fields.flatMap(taggerCandidates).map(trimDatasetName);
  const definitions = fields.flatMap((field) =>
    definitionCandidates(
      field,
      tagged.filter((c) => c.field === field),
    ),
  );
  const abstractNames = proposedInText(paper.abstract.tokens, paper.abstract.definitions);
  const proposedAbstract = proposedCandidates(paper.abstract, abstractNames);
  const abstractKeys = new Set(proposedAbstract.map(keyOf));
  for (const d of definitions) if (d.field === paper.abstract && d.key) abstractKeys.add(d.key);
  const titleNames = proposedInTitle(paper.title.tokens, abstractKeys);
  const proposed = [...proposedCandidates(paper.title, titleNames), ...proposedAbstract];

  const proposedKeys = new Map<string, EntityKind>();
  for (const c of proposed) proposedKeys.set(keyOf(c), c.kind);
  // Names worth finding again wherever they occur: everything defined or introduced.
  const lexicon = new Map<string, EntityKind>();
  const starts = new Set<string>();
  for (const c of [...definitions, ...proposed]) {
    starts.add((c.field.tokens[c.first] as { lower: string }).lower);
    const acronym = stripPlural((c.field.tokens[c.first] as { lower: string }).lower);
    starts.add(acronym);
    const key = keyOf(c);
    if (!lexicon.has(key)) lexicon.set(key, proposedKeys.get(key) ?? c.kind);
    const surface = canonicalKey(spanText(c.field, c.first, c.end));
    if (!lexicon.has(surface)) lexicon.set(surface, lexicon.get(key) as EntityKind);
  }
  // Acronyms recur in the plural ("SAE" defined, "SAEs" used) and the other way round.
  for (const start of [...starts]) starts.add(`${start}s`);
  const mentions = lexiconCandidates(fields, lexicon, starts, resolve);

  // The tagger learned sentence case; in a Title Case title it finds phrases like "Versatile
  // Backbone". Title spans are kept only when the abstract has the same key.
  const abstractTagged = new Set(tagged.filter((c) => c.field === paper.abstract).map(keyOf));
  const taggedKept = tagged.filter((c) => c.field !== paper.title || abstractTagged.has(keyOf(c)));
  const all = [
    ...definitions,
    ...proposed,
    ...mentions,
    ...taggedKept,
    ...fields.flatMap(nameCandidates),
  ];
  const kept = resolveOverlaps(all.filter(isUsable));
  return groupEntities(kept, keyOf, proposedKeys);
}
