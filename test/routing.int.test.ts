import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type OpenGraph, openGraph, SERVING_DRIVER_OPTIONS } from '../src/graph/open-graph.ts';
import { EXAMPLE_OPERATIONS } from '../src/server/graphiql-examples.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are compared by value
type Data = any;

const INGEST = `mutation Ingest($input: IngestPapersInput!) {
  ingestPapers(input: $input) { __typename ... on IngestResult { created } }
}`;
const FIND = `query Find($text: String!) {
  papers(first: 5, filter: { text: $text }) { totalCount edges { node { title } } }
}`;

/**
 * What a cluster deployment uses (neo4j:// makes the driver fetch a routing table and send reads
 * to readers, writes to the leader), run against the suite's single server, which answers the
 * routing procedure with itself in every role.
 */
describe('the API over a neo4j:// routing URI', () => {
  let db: TestGraph;
  let routed: OpenGraph;
  const modes: [string, 'read' | 'write'][] = [];
  let direct: ReturnType<typeof createTestClient>;
  let viaRouting: ReturnType<typeof createTestClient>;

  beforeAll(async () => {
    db = await openListingGraph();
    routed = await openGraph(loadConfig({}), {
      connection: { ...db.connection, uri: db.connection.uri.replace(/^bolt:/, 'neo4j:') },
      driver: SERVING_DRIVER_OPTIONS,
      onQuery: (name, mode) => modes.push([name, mode]),
    });
    direct = createTestClient(db);
    viaRouting = createTestClient({ ...db, graph: routed.graph });
  });
  afterAll(async () => {
    await routed?.close();
    await db?.close();
  });

  it('connects with the routing scheme', () => {
    expect(routed.connection.uri).toMatch(/^neo4j:\/\//);
  });

  it.each(
    EXAMPLE_OPERATIONS.map((operation) => [/query (\w+)/.exec(operation.query)?.[1], operation]),
  )('answers %s as bolt:// does, in read transactions only', async (_name, operation) => {
    const variables = operation.variables ? JSON.parse(operation.variables) : {};
    modes.length = 0;
    const answer = await viaRouting.query(operation.query, variables);
    expect(answer.errors).toBeUndefined();
    expect(answer).toEqual(await direct.query(operation.query, variables));
    expect(modes.length).toBeGreaterThan(0);
    expect(modes.filter(([, mode]) => mode !== 'read')).toEqual([]);
  });

  it('reads its own write: ingestPapers, then a query at once, with the write bookmark held', async () => {
    const written: Data = await viaRouting.mutate(INGEST, {
      input: {
        papers: [
          {
            title: 'Platypus Routing for Causal Reads',
            abstract: 'We propose Platypus Routing (PR), a method for reading one’s own writes.',
          },
        ],
      },
    });
    expect(written.data.ingestPapers).toEqual({ __typename: 'IngestResult', created: 1 });
    expect([...(await routed.graph.bookmarks.getBookmarks())].length).toBeGreaterThan(0);
    const read: Data = await viaRouting.query(FIND, { text: 'Platypus' });
    expect(read.errors).toBeUndefined();
    expect(read.data.papers.edges.map((edge: Data) => edge.node.title)).toEqual([
      'Platypus Routing for Causal Reads',
    ]);
  });
});
