import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCommunities, type WeightedEdge } from './communities.ts';

/**
 * The local-moving phase of Louvain as written first, with a Map per node visit: the reference
 * the typed-array version must agree with, community for community.
 */
function textbookCommunities(nodeCount: number, edges: readonly WeightedEdge[], rounds = 20) {
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

const graphs = fc.integer({ min: 1, max: 60 }).chain((nodeCount) =>
  fc.record({
    nodeCount: fc.constant(nodeCount),
    edges: fc.array(
      fc.record({
        source: fc.integer({ min: 0, max: nodeCount - 1 }),
        target: fc.integer({ min: 0, max: nodeCount - 1 }),
        // Confidences as the extractor writes them, and 1 for authorship.
        weight: fc.constantFrom(1, 0.5, 0.75, 0.9, 0.35),
      }),
      { maxLength: 300 },
    ),
  }),
);

describe('detectCommunities', () => {
  it('splits two triangles joined by one link into their triangles', () => {
    const triangle = (a: number) => [
      { source: a, target: a + 1, weight: 1 },
      { source: a + 1, target: a + 2, weight: 1 },
      { source: a, target: a + 2, weight: 1 },
    ];
    const edges = [...triangle(0), ...triangle(3), { source: 2, target: 3, weight: 1 }];
    expect(detectCommunities(6, edges)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(detectCommunities(2, [])).toEqual([0, 1]);
    expect(detectCommunities(0, [])).toEqual([]);
  });

  it('agrees with the textbook version on random graphs, self-links and repeated links included', () => {
    fc.assert(
      fc.property(graphs, ({ nodeCount, edges }) => {
        expect(detectCommunities(nodeCount, edges)).toEqual(textbookCommunities(nodeCount, edges));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with it when the rounds run out before the communities settle', () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 0, max: 3 }), ({ nodeCount, edges }, rounds) => {
        expect(detectCommunities(nodeCount, edges, rounds)).toEqual(
          textbookCommunities(nodeCount, edges, rounds),
        );
      }),
      { numRuns: 200 },
    );
  });
});
