import type { GraphEdge, GraphNode, NodeRef, Subgraph } from '../domain/models.ts';
import { detectCommunities } from './communities.ts';
import { nodeLabel, toNodeRef } from './node-ref.ts';

/** A node as the traversal queries return it: element id, labels, a few properties, degree. */
interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  degree: number;
}

/** A link as the traversal queries return it, its ends named by element id. */
interface EdgeRow {
  type: string;
  source: string;
  target: string;
  confidence: number | null;
}

/**
 * Turns the rows of a path or neighbourhood query into the domain's flat subgraph, keeping the
 * node order of the query. Node weight: degree over the paper links. Edge weight: the extractor's
 * confidence, 1 for links without one (authorship). Communities: `detectCommunities` over the
 * returned subgraph only.
 */
export function toSubgraph(nodeRows: readonly unknown[], edgeRows: readonly unknown[]): Subgraph {
  const rows = nodeRows as NodeRow[];
  const index = new Map(rows.map((row, i) => [row.id, i]));
  const refs: NodeRef[] = rows.map((row) => toNodeRef(row.labels, row.props));
  const links = (edgeRows as EdgeRow[]).flatMap((edge) => {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined) return [];
    return [{ source, target, type: edge.type, weight: edge.confidence ?? 1 }];
  });
  const communities = detectCommunities(rows.length, links);
  const nodes: GraphNode[] = rows.map((row, i) => ({
    ref: refs[i] as NodeRef,
    label: nodeLabel(refs[i] as NodeRef, row.props),
    weight: Number(row.degree),
    community: communities[i] as number,
  }));
  const edges: GraphEdge[] = links.map((link) => ({
    source: refs[link.source] as NodeRef,
    target: refs[link.target] as NodeRef,
    type: link.type,
    weight: link.weight,
  }));
  return { nodes, edges };
}
