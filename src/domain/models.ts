/** Plain, read-only shapes of what the graph holds; neither GraphQL nor Neo4j types leak past the stores. */

export interface Paper {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly source: string;
  readonly homepages: readonly string[];
  readonly arxivId: string | null;
  readonly published: string | null;
  readonly url: string | null;
}

export interface Repository {
  readonly key: string;
  readonly url: string;
  readonly host: string;
  readonly owner: string;
  readonly name: string;
  readonly paperCount: number;
}

export interface Author {
  readonly key: string;
  readonly name: string;
  readonly paperCount: number;
}

export type EntityKind = 'method' | 'task' | 'dataset' | 'metric' | 'concept';
export type EntityRole = 'proposed' | 'used' | 'mentioned';

/** A canonical scientific entity; `key` is the same for every surface form across papers. */
export interface Entity {
  readonly key: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly paperCount: number;
}

export interface Mention {
  readonly field: string;
  readonly start: number;
  readonly end: number;
}

/** Where a link came from: who made it, how sure it is, where in the text it was seen. */
export interface Provenance {
  readonly confidence: number;
  readonly extractorVersion: string;
  readonly mentions: readonly Mention[];
}

/** A paper's link to a repository, and where it came from. */
export interface CodeLink extends Provenance {
  readonly repository: Repository;
  readonly paths: readonly string[];
}

/** A paper's link to an entity: its role in the paper, and where it came from. */
export interface EntityLink extends Provenance {
  readonly paperId: string;
  readonly entity: Entity;
  readonly role: EntityRole;
}

/** Any node of the graph, named by its GraphQL type and its own key. */
export type NodeRef =
  | { readonly type: 'Paper'; readonly key: string }
  | { readonly type: 'Repository'; readonly key: string }
  | { readonly type: 'Author'; readonly key: string }
  | { readonly type: 'Entity'; readonly key: string; readonly kind: EntityKind };

/** An entity that co-occurs with another in papers, with the documented score. */
export interface RelatedEntity {
  readonly entity: Entity;
  /** Normalised pointwise mutual information of the two entities over papers, in [-1, 1]. */
  readonly score: number;
  /** Papers that link to both. */
  readonly cooccurrences: number;
}

/** A paper like another, by the entities they share, weighted by rarity. */
export interface SimilarPaper {
  readonly paper: Paper;
  readonly score: number;
  readonly shared: readonly Entity[];
}

/** A node of a drawn subgraph or path: flat, for Cytoscape.js or sigma.js. */
export interface GraphNode {
  readonly ref: NodeRef;
  readonly label: string;
  readonly weight: number;
  readonly community: number;
}

export interface GraphEdge {
  readonly source: NodeRef;
  readonly target: NodeRef;
  /** Relationship type: PROPOSES, USES, MENTIONS, HAS_CODE, AUTHORED. */
  readonly type: string;
  readonly weight: number;
}

export interface Subgraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export interface SearchHit {
  readonly ref: NodeRef;
  readonly score: number;
  /** The paper or entity itself: the full-text indexes cover only these two. */
  readonly node: Paper | Entity;
}
