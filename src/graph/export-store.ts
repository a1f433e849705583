import neo4j from 'neo4j-driver';
import type { Graph, Row } from './run.ts';

/** One node as stored: its unique key, its labels and every property. */
export interface StoredNode {
  key: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** One relationship as stored: the keys of its ends, its type and every property. */
export interface StoredLink {
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}

type Page = (graph: Graph, after: string, limit: number) => Promise<Row[]>;

// Each reader names its query literally, so that test/cypher-files.int.test.ts sees it used.
const nodePages = {
  Paper: (graph, after, limit) =>
    graph.read('export/papers-page', { after, limit: neo4j.int(limit) }),
  Entity: (graph, after, limit) =>
    graph.read('export/entities-page', { after, limit: neo4j.int(limit) }),
  Repository: (graph, after, limit) =>
    graph.read('export/repositories-page', { after, limit: neo4j.int(limit) }),
  Author: (graph, after, limit) =>
    graph.read('export/authors-page', { after, limit: neo4j.int(limit) }),
} satisfies Record<string, Page>;

const linkPages = {
  'paper-entity': (graph, after, limit) =>
    graph.read('export/paper-entity-links-page', { after, limit: neo4j.int(limit) }),
  'paper-repository': (graph, after, limit) =>
    graph.read('export/paper-code-links-page', { after, limit: neo4j.int(limit) }),
  'author-paper': (graph, after, limit) =>
    graph.read('export/authored-page', { after, limit: neo4j.int(limit) }),
} satisfies Record<string, Page>;

export type NodeSetName = keyof typeof nodePages;
export type LinkSetName = keyof typeof linkPages;

/** Pages of rows after a keyset cursor, until a page comes back short. */
async function* keysetPages(
  page: (after: string) => Promise<Row[]>,
  cursor: 'key' | 'cursor',
  pageSize: number,
): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await page(after);
    yield rows;
    if (rows.length < pageSize) return;
    after = rows.at(-1)?.[cursor] as string;
  }
}

/**
 * Every node of one set, a page (one short read transaction) at a time, by keyset on the unique
 * key: memory holds one page whatever the graph's size, and no transaction outlives its timeout.
 */
export async function* storedNodes(
  graph: Graph,
  set: NodeSetName,
  pageSize: number,
): AsyncGenerator<StoredNode> {
  const read = (after: string) => nodePages[set](graph, after, pageSize);
  for await (const rows of keysetPages(read, 'key', pageSize)) {
    for (const row of rows) yield row as unknown as StoredNode;
  }
}

/**
 * Every link of one set, paged by the paper at one end: a paper has a bounded number of links of
 * each set, where an author or an entity can have any number, so a page stays small.
 */
export async function* storedLinks(
  graph: Graph,
  set: LinkSetName,
  pageSize: number,
): AsyncGenerator<StoredLink> {
  const read = (after: string) => linkPages[set](graph, after, pageSize);
  for await (const rows of keysetPages(read, 'cursor', pageSize)) {
    for (const row of rows) yield* row.links as StoredLink[];
  }
}
