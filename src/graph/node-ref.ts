import type { EntityKind, NodeRef } from '../domain/models.ts';

export type NodeType = NodeRef['type'];

/** Which nodes a traversal or search may return: by node type, and by kind among entities. */
export interface NodeFilter {
  /** Default: every type. */
  readonly types?: readonly NodeType[];
  /** Default: every kind. Only narrows entities; papers, repositories and authors pass. */
  readonly kinds?: readonly EntityKind[];
}

const KIND_LABELS: Record<EntityKind, string> = {
  method: 'Method',
  task: 'Task',
  dataset: 'Dataset',
  metric: 'Metric',
  concept: 'Concept',
};

const ALL_TYPES: readonly NodeType[] = ['Paper', 'Entity', 'Repository', 'Author'];

/** The node labels a filter admits, as the `$labels` parameter of the traversal queries. */
export function filterLabels(filter: NodeFilter = {}): string[] {
  const types = filter.types ?? ALL_TYPES;
  const kinds = filter.kinds ?? (Object.keys(KIND_LABELS) as EntityKind[]);
  return types.flatMap((type) =>
    type === 'Entity' ? kinds.map((kind) => KIND_LABELS[kind]) : [type],
  );
}

/** A ref as the `{type, key}` map the queries match on (papers by id, the rest by key). */
export const refParam = (ref: NodeRef) => ({ type: ref.type, key: ref.key });

/** Names a node from its labels and properties (`id` for papers, `key` for the rest). */
export function toNodeRef(labels: readonly string[], props: Record<string, unknown>): NodeRef {
  if (labels.includes('Paper')) return { type: 'Paper', key: props.id as string };
  if (labels.includes('Entity')) {
    return { type: 'Entity', key: props.key as string, kind: props.kind as EntityKind };
  }
  if (labels.includes('Repository')) return { type: 'Repository', key: props.key as string };
  return { type: 'Author', key: props.key as string };
}

/** Display text: a paper's title, a repository's owner/name, any other node's name. */
export function nodeLabel(ref: NodeRef, props: Record<string, unknown>): string {
  // Absent when the request's Projection left it out: nothing reads the label then.
  const label = (props.label ?? {}) as Record<string, unknown>;
  if (ref.type === 'Paper') return String(label.title ?? ref.key);
  if (ref.type === 'Repository') return `${label.owner}/${label.name}`;
  return String(label.name ?? ref.key);
}
