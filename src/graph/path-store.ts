import type { GraphEdge, GraphNode, NodeRef } from '../domain/models.ts';
import { boundedInt } from './bounds.ts';
import { refParam } from './node-ref.ts';
import { Projection } from './projection.ts';
import type { GraphReader } from './run.ts';
import { toSubgraph } from './subgraph-rows.ts';

export const MAX_PATH_HOPS = 6;

export interface GraphPath {
  /** From `from` to `to`, in path order. */
  readonly nodes: readonly GraphNode[];
  /** Edge i links nodes i and i + 1, with the link's real direction in source/target. */
  readonly edges: readonly GraphEdge[];
}

/**
 * One shortest path between any two nodes, ignoring link direction, or null when either node is
 * unknown or none is within `maxHops` (1..6). One round trip; a bidirectional breadth-first search
 * that never looks past `maxHops`, so its cost is bounded by the nodes within maxHops / 2 of
 * either end. Ties between equally short paths are broken by the database, not by us.
 */
export async function shortestPath(
  graph: GraphReader,
  from: NodeRef,
  to: NodeRef,
  maxHops: number,
  projection = new Projection(),
): Promise<GraphPath | null> {
  const [row] = await graph.read('traversal/shortest-path', {
    from: refParam(from),
    to: refParam(to),
    // Compared with literals in the query, so it need not be a driver Integer.
    maxHops: boundedInt('maxHops', maxHops, 1, MAX_PATH_HOPS),
    ...projection.subgraphParams,
  });
  if (!row) return null;
  return toSubgraph(row.nodes as unknown[], row.edges as unknown[]);
}
