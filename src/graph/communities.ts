export interface WeightedEdge {
  readonly source: number;
  readonly target: number;
  readonly weight: number;
}

/**
 * Community ids for a small drawn subgraph: the local-moving phase of Louvain (one level, no
 * aggregation). Every node starts alone; then, in node order, each node moves to the neighbouring
 * community with the largest modularity gain k_in(c) − Σtot(c)·k / 2m (ties: the smaller id),
 * until a pass moves nothing or `rounds` passes ran. A fixed order and tie rule make it
 * deterministic; plain label propagation was rejected because, with deterministic ties, one
 * label floods across bridges. Ids are renumbered 0, 1, … in order of first appearance, so the
 * first node (a seed) is in community 0. O(rounds × (nodes + edges)).
 */
export function detectCommunities(
  nodeCount: number,
  edges: readonly WeightedEdge[],
  rounds = 20,
): number[] {
  const neighbours = Array.from({ length: nodeCount }, () => [] as [number, number][]);
  const degree = new Array<number>(nodeCount).fill(0);
  let twiceTotal = 0;
  for (const { source, target, weight } of edges) {
    if (source === target) continue;
    neighbours[source]?.push([target, weight]);
    neighbours[target]?.push([source, weight]);
    degree[source] = (degree[source] ?? 0) + weight;
    degree[target] = (degree[target] ?? 0) + weight;
    twiceTotal += 2 * weight;
  }
  const community = Array.from({ length: nodeCount }, (_, i) => i);
  const totals = [...degree];
  for (let round = 0; round < rounds && twiceTotal > 0; round++) {
    let moved = false;
    for (let node = 0; node < nodeCount; node++) {
      const own = community[node] as number;
      const k = degree[node] as number;
      totals[own] = (totals[own] as number) - k;
      const links = new Map<number, number>([[own, 0]]);
      for (const [next, weight] of neighbours[node] ?? []) {
        const c = community[next] as number;
        links.set(c, (links.get(c) ?? 0) + weight);
      }
      let best = own;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (const [c, kIn] of links) {
        const gain = kIn - ((totals[c] as number) * k) / twiceTotal;
        if (gain > bestGain || (gain === bestGain && c < best)) {
          best = c;
          bestGain = gain;
        }
      }
      totals[best] = (totals[best] as number) + k;
      if (best !== own) {
        community[node] = best;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const renumbered = new Map<number, number>();
  return community.map((c) => {
    if (!renumbered.has(c)) renumbered.set(c, renumbered.size);
    return renumbered.get(c) as number;
  });
}
