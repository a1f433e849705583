import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { validation } from '../domain/errors.ts';
import type { EntityKind, NodeRef } from '../domain/models.ts';

const ENTITY_TYPES: Record<EntityKind, string> = {
  method: 'Method',
  task: 'Task',
  dataset: 'Dataset',
  metric: 'Metric',
  concept: 'Concept',
};
const KIND_OF_TYPE = Object.fromEntries(
  Object.entries(ENTITY_TYPES).map(([kind, type]) => [type, kind]),
) as Record<string, EntityKind>;

/** The GraphQL type a node is served as. */
export function typeName(ref: NodeRef): string {
  return ref.type === 'Entity' ? ENTITY_TYPES[ref.kind] : ref.type;
}

const globalIds = new WeakMap<NodeRef, string>();

/**
 * The global id `node(id)` takes for this node. Remembered per ref object: a drawn subgraph
 * names each node in its own id and again in the id, source and target of each of its edges,
 * which share the node's ref: one encoding per node instead of up to four per edge.
 */
export function globalId(ref: NodeRef): string {
  let id = globalIds.get(ref);
  if (id === undefined) {
    id = encodeGlobalID(typeName(ref), ref.key);
    globalIds.set(ref, id);
  }
  return id;
}

/** A global id back to the node it names; VALIDATION for anything else. */
export function refOf(id: string): NodeRef {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(id);
  } catch {
    throw validation(`"${id}" is not a node id`);
  }
  const { typename, id: key } = decoded;
  if (typename === 'Paper' || typename === 'Repository' || typename === 'Author')
    return { type: typename, key };
  const kind = KIND_OF_TYPE[typename];
  if (kind) return { type: 'Entity', key, kind };
  throw validation(`"${id}" is not a node id`);
}

/** What a front-end colours a node by: paper, repository, author, or the entity's kind. */
export function nodeKind(ref: NodeRef): string {
  return ref.type === 'Entity' ? ref.kind : ref.type.toLowerCase();
}
