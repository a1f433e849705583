/**
 * Groups kept candidate spans by canonical key into entities: picks kind, role, display name,
 * aliases and a confidence, and lists every mention with its offsets.
 */
import { spanText } from './analyse.ts';
import type { Candidate } from './candidates.ts';
import { stripLeadingWords } from './generic-phrases.ts';
import { isKnownMetric } from './known-metrics.ts';
import type { EntityKind, EntityRole, ExtractedEntity, Mention } from './types.ts';

const KIND_ORDER: EntityKind[] = ['method', 'task', 'dataset', 'metric', 'concept'];
// Words just before a mention that say the paper uses the thing rather than only naming it.
const USE_CUES = new Set([
  'use',
  'uses',
  'used',
  'using',
  'apply',
  'applies',
  'applying',
  'employ',
  'employs',
  'employing',
  'adopt',
  'adopts',
  'adopting',
  'leverage',
  'leverages',
  'leveraging',
  'utilize',
  'utilizes',
  'utilizing',
  'utilise',
  'utilises',
  'utilising',
  'upon',
  'on',
  'with',
  'via',
  'incorporate',
  'incorporating',
  'incorporates',
  'combining',
  'trained',
  'fine-tuned',
  'finetuned',
]);

function mentionOf(candidate: Candidate): Mention {
  const { field, first, end } = candidate;
  const start = (field.tokens[first] as { start: number }).start;
  const stop = (field.tokens[end - 1] as { end: number }).end;
  return { field: field.field, start, end: stop, text: field.text.slice(start, stop) };
}

function hasUseCue(candidate: Candidate): boolean {
  const { tokens } = candidate.field;
  for (let k = candidate.first - 1; k >= Math.max(0, candidate.first - 2); k -= 1) {
    const token = tokens[k];
    if (!token || token.sentence !== tokens[candidate.first]?.sentence) break;
    if (USE_CUES.has(token.lower)) return true;
  }
  return false;
}

function majorityKind(group: Candidate[]): EntityKind {
  const votes = new Map<EntityKind, number>();
  for (const c of group)
    votes.set(c.kind, (votes.get(c.kind) ?? 0) + (c.source === 'tagger' ? 1 : 2));
  // The kind with most votes, ties going to the earlier kind in KIND_ORDER (no sorted copy: this
  // runs once per entity).
  let best = KIND_ORDER[0] as EntityKind;
  for (const kind of KIND_ORDER) if ((votes.get(kind) ?? 0) > (votes.get(best) ?? 0)) best = kind;
  return best;
}

function displayName(group: Candidate[]): string {
  // A definition's long form or an introduced name reads best; else the most frequent surface.
  const defined = group.find((c) => c.surfaces !== undefined);
  if (defined?.surfaces?.[0]) return defined.surfaces[0];
  const proposed = group.find((c) => c.source === 'proposed');
  if (proposed) return stripLeadingWords(spanText(proposed.field, proposed.first, proposed.end));
  const counts = new Map<string, number>();
  for (const c of group) {
    const surface = stripLeadingWords(spanText(c.field, c.first, c.end));
    counts.set(surface, (counts.get(surface) ?? 0) + 1);
  }
  let best = '';
  for (const [surface, count] of counts) if (count > (counts.get(best) ?? 0)) best = surface;
  return best;
}

function confidenceOf(group: Candidate[], proposed: boolean): number {
  const sources = new Set(group.map((c) => c.source));
  let confidence: number;
  if (proposed)
    confidence =
      sources.has('definition') || group.some((c) => c.field.field === 'title') ? 0.95 : 0.9;
  else if (sources.has('definition')) confidence = 0.85;
  else if (sources.has('tagger')) confidence = 0.45 + 0.1 * Math.min(group.length - 1, 3);
  else confidence = 0.55;
  return Math.round(Math.min(confidence, 0.99) * 100) / 100;
}

function roleOf(kind: EntityKind, group: Candidate[], proposed: boolean): EntityRole {
  if (proposed) return 'proposed';
  if ((kind === 'method' || kind === 'dataset') && group.some(hasUseCue)) return 'used';
  return 'mentioned';
}

function compareMentions(a: Mention, b: Mention): number {
  return (a.field === b.field ? 0 : a.field === 'title' ? -1 : 1) || a.start - b.start;
}

export function groupEntities(
  kept: Candidate[],
  keyOf: (candidate: Candidate) => string,
  proposedKeys: Map<string, EntityKind>,
): ExtractedEntity[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of kept) {
    const key = keyOf(candidate);
    if (!key) continue;
    const group = groups.get(key) ?? [];
    group.push(candidate);
    groups.set(key, group);
  }
  const entities: ExtractedEntity[] = [];
  for (const [key, group] of groups) {
    const proposedKind = proposedKeys.get(key);
    const proposed = proposedKind !== undefined;
    const kind = proposedKind ?? (isKnownMetric(key) ? 'metric' : majorityKind(group));
    const name = displayName(group);
    const ordered = group
      .map((candidate) => ({ candidate, mention: mentionOf(candidate) }))
      .sort((a, b) => compareMentions(a.mention, b.mention));
    const mentions = ordered.map((m) => m.mention);
    const aliases: string[] = [];
    for (const { candidate } of ordered) {
      const text = stripLeadingWords(spanText(candidate.field, candidate.first, candidate.end));
      for (const surface of candidate.surfaces ?? [text]) {
        if (surface !== name && !aliases.includes(surface)) aliases.push(surface);
      }
    }
    entities.push({
      kind,
      role: roleOf(kind, group, proposed),
      name,
      key,
      aliases,
      confidence: confidenceOf(group, proposed),
      mentions,
    });
  }
  const firstOf = (e: ExtractedEntity) => e.mentions[0] as Mention;
  return entities.sort(
    (a, b) =>
      Number(b.role === 'proposed') - Number(a.role === 'proposed') ||
      compareMentions(firstOf(a), firstOf(b)) ||
      a.key.localeCompare(b.key),
  );
}
