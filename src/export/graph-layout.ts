import type { LinkSetName, NodeSetName } from '../graph/export-store.ts';
import type { ListProperties } from '../graph/import-store.ts';

/** Property types, named as neo4j-admin's CSV headers name them. */
export type ValueType = 'string' | 'string[]' | 'long' | 'long[]' | 'double' | 'datetime';

/** A kind of node: its ID space (also its first label) and the properties it may carry. */
export interface NodeSet {
  name: NodeSetName;
  /** The unique property that identifies it (a uniqueness constraint). */
  keyProperty: string;
  properties: Readonly<Record<string, ValueType>>;
  /**
   * Stored properties the export leaves out because the server computes them from the rest
   * (and recomputes them after an import): caches, not data.
   */
  derived?: readonly string[];
}

/** A kind of relationship: the node sets at both ends and the properties it may carry. */
export interface LinkSet {
  name: LinkSetName;
  from: NodeSetName;
  to: NodeSetName;
  types: readonly string[];
  properties: Readonly<Record<string, ValueType>>;
}

const MENTIONS: Record<string, ValueType> = {
  mentionFields: 'string[]',
  mentionStarts: 'long[]',
  mentionEnds: 'long[]',
  confidence: 'double',
  extractorVersion: 'string',
};

/**
 * The whole graph model (docs/graph-model.md) as the export writes it. A stored property missing
 * here stops the export with its name rather than being dropped without a word.
 */
export const NODE_SETS: readonly NodeSet[] = [
  {
    name: 'Paper',
    keyProperty: 'id',
    properties: {
      title: 'string',
      abstract: 'string',
      arxivId: 'string',
      published: 'string',
      url: 'string',
      source: 'string',
      homepages: 'string[]',
      contentHash: 'string',
      extractorVersion: 'string',
      ingestedAt: 'datetime',
      updatedAt: 'datetime',
    },
    // Similarity weights: src/graph/similarity-weights.ts.
    derived: ['idfTerms', 'idfLogSum'],
  },
  {
    name: 'Entity',
    keyProperty: 'key',
    properties: {
      kind: 'string',
      name: 'string',
      aliases: 'string[]',
      aliasText: 'string',
      paperCount: 'long',
    },
  },
  {
    name: 'Repository',
    keyProperty: 'key',
    properties: {
      url: 'string',
      host: 'string',
      owner: 'string',
      name: 'string',
      paperCount: 'long',
    },
  },
  { name: 'Author', keyProperty: 'key', properties: { name: 'string', paperCount: 'long' } },
];

export const LINK_SETS: readonly LinkSet[] = [
  {
    name: 'paper-entity',
    from: 'Paper',
    to: 'Entity',
    types: ['PROPOSES', 'USES', 'MENTIONS'],
    properties: { kind: 'string', ...MENTIONS },
  },
  {
    name: 'paper-repository',
    from: 'Paper',
    to: 'Repository',
    types: ['HAS_CODE'],
    properties: { paths: 'string[]', ...MENTIONS },
  },
  {
    name: 'author-paper',
    from: 'Author',
    to: 'Paper',
    types: ['AUTHORED'],
    properties: { position: 'long' },
  },
];

const isList = (type: ValueType) => type.endsWith('[]');

/**
 * The list properties of the layout, per label and per relationship type: ingest always writes
 * them (as [] when empty), and neo4j-admin import cannot (see graph/import-store.ts).
 */
export function listProperties(): ListProperties[] {
  const lists = (properties: Readonly<Record<string, ValueType>>) =>
    Object.keys(properties).filter((name) => isList(properties[name] as ValueType));
  return [
    ...NODE_SETS.map((set) => ({
      element: 'node' as const,
      name: set.name,
      properties: lists(set.properties),
    })),
    ...LINK_SETS.flatMap((set) =>
      set.types.map((type) => ({
        element: 'link' as const,
        name: type,
        properties: lists(set.properties),
      })),
    ),
  ].filter((entry) => entry.properties.length > 0);
}
