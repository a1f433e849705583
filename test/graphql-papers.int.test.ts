import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../src/server/graphiql-examples.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

interface PaperNode {
  id: string;
  paperId: string;
  title: string;
  repositories: { url: string }[];
}
interface PapersPage {
  papers: {
    totalCount: number;
    pageInfo: { endCursor: string; hasNextPage: boolean };
    edges: { cursor: string; node: PaperNode }[];
  };
}

const PAGE = `query Page($first: Int, $after: String) {
  papers(first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { cursor node { id paperId title repositories { url } } }
  }
}`;

describe('the papers API over the shared listing', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  beforeAll(async () => {
    db = await openListingGraph();
    client = createTestClient(db);
  });
  afterAll(async () => db.close());

  it('answers the GraphiQL example query with real titles and code links', async () => {
    const result = await client.query<PapersPage>(EXAMPLE_QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.papers.totalCount).toBe(63);
    expect(result.data?.papers.edges).toHaveLength(5);
    for (const edge of result.data?.papers.edges ?? [])
      expect(edge.node.title.length).toBeGreaterThan(10);
  });

  it('pages through every paper exactly once with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await client.query<PapersPage>(PAGE, { first: 10, after });
      const { edges, pageInfo } = result.data?.papers ?? {
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: '' },
      };
      seen.push(...edges.map((edge) => edge.node.paperId));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(63);
    expect(new Set(seen).size).toBe(63);
  });

  it('keeps a page boundary in place when a paper is inserted before it', async () => {
    const first = await client.query<PapersPage>(PAGE, { first: 5 });
    const cursor = first.data?.papers.pageInfo.endCursor;
    const next = await client.query<PapersPage>(PAGE, { first: 5, after: cursor });
    // A paper whose id sorts before every other one.
    await db.driver.executeQuery(
      "CREATE (:Paper {id: '0-inserted', title: 'Inserted', abstract: 'x', source: 'test', homepages: []})",
    );
    try {
      const again = await client.query<PapersPage>(PAGE, { first: 5, after: cursor });
      expect(again.data?.papers.edges.map((e) => e.node.paperId)).toEqual(
        next.data?.papers.edges.map((e) => e.node.paperId),
      );
    } finally {
      await db.driver.executeQuery("MATCH (p:Paper {id: '0-inserted'}) DELETE p");
    }
  });

  it('finds the PVT paper and its repository by stable id and by global id', async () => {
    const { records } = await db.driver.executeQuery(
      "MATCH (p:Paper) WHERE p.title STARTS WITH 'Pyramid Vision Transformer' RETURN p.id AS id",
    );
    const paperId = records[0]?.get('id') as string;
    const byStableId = await client.query<{ paper: PaperNode }>(
      'query($id: ID!) { paper(id: $id) { id title repositories { url } } }',
      { id: paperId },
    );
    expect(byStableId.data?.paper.repositories).toEqual([
      { url: 'https://github.com/whai362/PVT' },
    ]);
    const byGlobalId = await client.query<{ node: { title: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Paper { title } } }',
      { id: byStableId.data?.paper.id },
    );
    expect(byGlobalId.data?.node.title).toBe(byStableId.data?.paper.title);
  });

  it('returns null for an unknown paper and a VALIDATION error for a forged cursor', async () => {
    const missing = await client.query('{ paper(id: "title:does-not-exist") { title } }');
    expect(missing).toEqual({ data: { paper: null } });
    const forged = await client.query(PAGE, { first: 2, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('loads the repositories of a whole page in one round trip, whatever the page size', async () => {
    for (const first of [5, 50]) {
      db.queryLog.length = 0;
      const result = await client.query<PapersPage>(PAGE, { first });
      expect(result.data?.papers.edges).toHaveLength(first);
      expect([...db.queryLog].sort()).toEqual([
        'paper/count-filtered',
        'paper/list-page',
        'repository/code-links-by-paper-ids',
      ]);
    }
  });

  it('caps a page at 100 papers', async () => {
    const result = await client.query(PAGE, { first: 1000 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'first must be between 0 and 100, got 1000',
      extensions: { code: 'VALIDATION' },
    });
  });
});
