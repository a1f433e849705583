import neo4j from 'neo4j-driver';
import type { NodeRef, Subgraph } from '../domain/models.ts';
import { boundedInt } from './bounds.ts';
import { filterLabels, type NodeFilter, refParam } from './node-ref.ts';
import { Projection } from './projection.ts';
import type { GraphReader } from './run.ts';
import { toSubgraph } from './subgraph-rows.ts';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 500;

export interface NeighborhoodOptions extends NodeFilter {
  depth: number;
  limit: number;
}

/**
 * The nodes within `depth` (0..3) hops of the seeds and every link among them, at most `limit`
 * (1..500) nodes: seeds first, then by hop distance, then by degree, then key. Nodes the filter
 * rejects are neither returned nor walked through; seeds always are. One round trip; each hop
 * reads at most `limit` links per node it expands, and only expands nodes still under the
 * limit, so the cost is at most depth × limit² links, however large a hub is. Communities come
 * from one Louvain local-moving pass over the returned subgraph only (`communities.ts`):
 * deterministic for a given answer, not a property of the whole graph.
 */
export async function neighborhood(
  graph: GraphReader,
  refs: readonly NodeRef[],
  options: NeighborhoodOptions,
  projection = new Projection(),
): Promise<Subgraph> {
  const depth = boundedInt('depth', options.depth, 0, MAX_NEIGHBORHOOD_DEPTH);
  const limit = boundedInt('limit', options.limit, 1, MAX_NEIGHBORHOOD_NODES);
  const [row] = await graph.read('traversal/neighborhood', {
    seeds: refs.map(refParam),
    depth: neo4j.int(depth),
    limit: neo4j.int(limit),
    labels: filterLabels(options),
    ...projection.subgraphParams,
  });
  return toSubgraph((row?.nodes as unknown[]) ?? [], (row?.edges as unknown[]) ?? []);
}
