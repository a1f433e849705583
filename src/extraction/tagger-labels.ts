/**
 * The tag set of the entity tagger: BIO over SciERC's six entity types. `Generic` spans ("the
 * method") are learned so that the tagger can tell them apart, and dropped after decoding.
 */
export const ENTITY_TYPES = [
  'Task',
  'Method',
  'Metric',
  'Material',
  'OtherScientificTerm',
  'Generic',
] as const;

export type TaggerType = (typeof ENTITY_TYPES)[number];

export const TAGS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`]),
];

export function typeOfTag(tag: string): TaggerType | undefined {
  return tag === 'O' ? undefined : (tag.slice(2) as TaggerType);
}

/** An I- tag may only continue a B- or I- tag of the same type. */
export function allowedAfter(previous: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return previous !== 'O' && previous.slice(2) === tag.slice(2);
}
