import type { GraphEdge, GraphNode, NodeRef, Subgraph } from '../domain/models.ts';
import { detectCommunities, type WeightedEdge } from './communities.ts';
import { type NodeType, nodeLabel, toNodeRef } from './node-ref.ts';

/** A node as the traversal queries return it: labels, a few properties, degree. */
interface NodeRow {
  labels: string[];
  props: Record<string, unknown>;
  degree: number;
}

/**
 * The links as the traversal queries return them: per paper, `[paper id, [[type, key of the other
 * end, confidence], …]]`. Every link has a paper at one end and its type says what the other end
 * is, so no element ids need to cross the wire.
 */
type EdgeRow = [
  paperId: string,
  links: [type: string, otherKey: string, confidence: number | null][],
];

/** What the other end of each link type is, and whether the link starts there (authorship). */
const OTHER_END: Record<string, { type: NodeType; startsThere: boolean }> = {
  PROPOSES: { type: 'Entity', startsThere: false },
  USES: { type: 'Entity', startsThere: false },
  MENTIONS: { type: 'Entity', startsThere: false },
  HAS_CODE: { type: 'Repository', startsThere: false },
  AUTHORED: { type: 'Author', startsThere: true },
};

/** Communities of one subgraph, found the first time any of its nodes is asked for one. */
class LazyCommunities {
  private found: number[] | undefined;

  constructor(
    private readonly nodeCount: number,
    private readonly links: readonly WeightedEdge[],
  ) {}

  of(index: number): number {
    this.found ??= detectCommunities(this.nodeCount, this.links);
    return this.found[index] as number;
  }
}

/**
 * A node of a drawn subgraph. A class, not an object literal with a getter: V8 builds literals
 * with accessors slowly, and a neighbourhood has hundreds of nodes.
 */
class DrawnNode implements GraphNode {
  constructor(
    readonly ref: NodeRef,
    readonly label: string,
    readonly weight: number,
    private readonly index: number,
    private readonly communities: LazyCommunities,
  ) {}

  get community(): number {
    return this.communities.of(this.index);
  }
}

/**
 * Turns the rows of a path or neighbourhood query into the domain's flat subgraph, keeping the
 * node order of the query. Node weight: degree over the paper links. Edge weight: the extractor's
 * confidence, 1 for links without one (authorship). Communities: `detectCommunities` over the
 * returned subgraph only, run the first time a node's community is read, so that a request that
 * does not ask for them does not pay for them. Plain loops: this runs over a thousand links per
 * neighbourhood, and `flatMap` allocates an array for every one of them.
 */
export function toSubgraph(nodeRows: readonly unknown[], edgeRows: readonly unknown[]): Subgraph {
  const rows = nodeRows as NodeRow[];
  const refs: NodeRef[] = rows.map((row) => toNodeRef(row.labels, row.props));
  // Position of each node by type, then key.
  const index = new Map<NodeType, Map<string, number>>();
  refs.forEach((ref, i) => {
    const byKey = index.get(ref.type) ?? new Map<string, number>();
    index.set(ref.type, byKey.set(ref.key, i));
  });
  const links: (WeightedEdge & { type: string })[] = [];
  for (const [paperId, paperLinks] of edgeRows as EdgeRow[]) {
    const paper = index.get('Paper')?.get(paperId);
    if (paper === undefined) continue;
    for (const [type, otherKey, confidence] of paperLinks) {
      const end = OTHER_END[type];
      const other = end && index.get(end.type)?.get(otherKey);
      if (other === undefined) continue;
      const [source, target] = end?.startsThere ? [other, paper] : [paper, other];
      links.push({ source, target, type, weight: confidence ?? 1 });
    }
  }
  const communities = new LazyCommunities(rows.length, links);
  const nodes: GraphNode[] = rows.map(
    (row, i) =>
      new DrawnNode(
        refs[i] as NodeRef,
        nodeLabel(refs[i] as NodeRef, row.props),
        Number(row.degree),
        i,
        communities,
      ),
  );
  const edges: GraphEdge[] = links.map((link) => ({
    source: refs[link.source] as NodeRef,
    target: refs[link.target] as NodeRef,
    type: link.type,
    weight: link.weight,
  }));
  return { nodes, edges };
}
