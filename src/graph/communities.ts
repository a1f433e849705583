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
  // Each node's links in compressed rows, in edge order, and one accumulator per community
  // reset by stamp, where a Map was made at every visit of a node: a drawn subgraph of 200 nodes
  // and a thousand links is visited up to 20 times per request. Same moves, same ids
  // (communities.test.ts checks it against that first version).
  const start = new Int32Array(nodeCount + 1);
  for (const { source, target } of edges) {
    if (source === target) continue;
    start[source + 1] = (start[source + 1] as number) + 1;
    start[target + 1] = (start[target + 1] as number) + 1;
  }
  for (let node = 0; node < nodeCount; node++) {
    start[node + 1] = (start[node + 1] as number) + (start[node] as number);
  }
  const fill = start.slice(0, nodeCount);
  const next = new Int32Array(start[nodeCount] as number);
  const linkWeight = new Float64Array(next.length);
  const degree = new Float64Array(nodeCount);
  let twiceTotal = 0;
  const link = (from: number, to: number, weight: number) => {
    const at = fill[from] as number;
    next[at] = to;
    linkWeight[at] = weight;
    fill[from] = at + 1;
    degree[from] = (degree[from] as number) + weight;
  };
  for (const { source, target, weight } of edges) {
    if (source === target) continue;
    link(source, target, weight);
    link(target, source, weight);
    twiceTotal += 2 * weight;
  }
  const community = Int32Array.from({ length: nodeCount }, (_, i) => i);
  const totals = Float64Array.from(degree);
  const kIn = new Float64Array(nodeCount);
  const stampOf = new Int32Array(nodeCount).fill(-1);
  const candidates = new Int32Array(nodeCount);
  let stamp = 0;
  for (let round = 0; round < rounds && twiceTotal > 0; round++) {
    let moved = false;
    for (let node = 0; node < nodeCount; node++, stamp++) {
      const own = community[node] as number;
      const k = degree[node] as number;
      totals[own] = (totals[own] as number) - k;
      // The node's own community is always a candidate, with the links it has into it.
      let count = 0;
      stampOf[own] = stamp;
      kIn[own] = 0;
      candidates[count++] = own;
      for (let at = start[node] as number; at < (start[node + 1] as number); at++) {
        const c = community[next[at] as number] as number;
        if (stampOf[c] !== stamp) {
          stampOf[c] = stamp;
          kIn[c] = 0;
          candidates[count++] = c;
        }
        kIn[c] = (kIn[c] as number) + (linkWeight[at] as number);
      }
      let best = own;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < count; i++) {
        const c = candidates[i] as number;
        const gain = (kIn[c] as number) - ((totals[c] as number) * k) / twiceTotal;
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
  return Array.from(community, (c) => {
    if (!renumbered.has(c)) renumbered.set(c, renumbered.size);
    return renumbered.get(c) as number;
  });
}
