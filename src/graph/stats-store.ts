import type { GraphReader } from './run.ts';

export interface GraphStats {
  readonly labels: readonly { readonly label: string; readonly count: number }[];
  readonly relationships: readonly { readonly type: string; readonly count: number }[];
}

/**
 * Node counts per label (Paper, Entity and each entity kind, Repository, Author) and link counts
 * per type, zeros included. One round trip, constant time: every count comes from the count store.
 */
export async function stats(graph: GraphReader): Promise<GraphStats> {
  const [row] = await graph.read('traversal/stats');
  const labels = (row?.labels as { label: string; count: number }[]) ?? [];
  const relationships = (row?.relationships as { type: string; count: number }[]) ?? [];
  return {
    labels: labels.map(({ label, count }) => ({ label, count: Number(count) })),
    relationships: relationships.map(({ type, count }) => ({ type, count: Number(count) })),
  };
}
