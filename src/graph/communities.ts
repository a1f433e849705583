/**
 * Community ids for a small drawn subgraph by label propagation: every node starts in its own
 * community (its index), then, for at most `rounds` passes in node order, takes the label that
 * weighs most among its neighbours (summed edge weights), ties to the smallest label. Updating in
 * place in a fixed order (not all at once) avoids the two-label oscillation of bipartite graphs
 * and keeps the result deterministic. Ids are renumbered 0, 1, … in order of first appearance.
 * O(rounds × (nodes + edges)).
 */
export function labelPropagation(
  nodeCount: number,
  edges: readonly { source: number; target: number; weight: number }[],
  rounds = 10,
): number[] {
  const neighbours: { node: number; weight: number }[][] = Array.from(
    { length: nodeCount },
    () => [],
  );
  for (const { source, target, weight } of edges) {
    if (source === target) continue;
    neighbours[source]?.push({ node: target, weight });
    neighbours[target]?.push({ node: source, weight });
  }
  const labels = Array.from({ length: nodeCount }, (_, i) => i);
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (let node = 0; node < nodeCount; node++) {
      const weights = new Map<number, number>();
      for (const next of neighbours[node] ?? []) {
        const label = labels[next.node] as number;
        weights.set(label, (weights.get(label) ?? 0) + next.weight);
      }
      let best = labels[node] as number;
      let bestWeight = -1;
      for (const [label, weight] of weights) {
        if (weight > bestWeight || (weight === bestWeight && label < best)) {
          best = label;
          bestWeight = weight;
        }
      }
      if (best !== labels[node]) {
        labels[node] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const renumbered = new Map<number, number>();
  return labels.map((label) => {
    if (!renumbered.has(label)) renumbered.set(label, renumbered.size);
    return renumbered.get(label) as number;
  });
}
