import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../src/server/graphiql-examples.ts';
import { DEFAULT_QUERY_LIMITS } from '../src/server/plugins/use-query-limits.ts';
import { createYogaServer } from '../src/server/yoga.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

const deep = (depth: number) =>
  `{ papers(first: 1) { edges { node { ${'authors { papers { '.repeat(depth)}title${' } }'.repeat(depth)} } } } }`;
const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: papers(first: 1) { totalCount }`).join(' ')} }`;

describe('limits on hostile documents', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  beforeAll(async () => {
    db = await openTestGraph();
    client = createTestClient(db);
  });
  afterAll(async () => db.close());

  async function refused(document: string) {
    db.queryLog.length = 0;
    const response = await client.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: document }),
    });
    const body = (await response.json()) as { errors?: { message: string }[]; data?: unknown };
    expect(body.errors?.length, JSON.stringify(body).slice(0, 300)).toBeGreaterThan(0);
    expect(body.data ?? null).toBeNull();
    // Refused before any resolver ran: Neo4j never saw it.
    expect(db.queryLog).toEqual([]);
    return { status: response.status, message: body.errors?.[0]?.message ?? '' };
  }

  it('lets the GraphiQL example through', async () => {
    const result = await client.query(EXAMPLE_QUERY);
    expect(result.errors).toBeUndefined();
  });

  it('refuses a depth-100 document, with 400', async () => {
    const { status, message } = await refused(deep(50));
    expect(status).toBe(400);
    expect(message).toMatch(/depth|token/i);
  });

  it('refuses a document nested just past the depth limit, with the depth in the message', async () => {
    const { message } = await refused(deep(DEFAULT_QUERY_LIMITS.maxDepth));
    expect(message).toMatch(/depth/i);
  });

  it('refuses 10,000 aliases and, below the token limit, 31 aliases', async () => {
    await refused(aliases(10_000));
    const { status, message } = await refused(aliases(DEFAULT_QUERY_LIMITS.maxAliases + 1));
    expect(message).toMatch(/alias/i);
    expect(status).toBe(400);
  });

  it('refuses a 1 MB document with 413 before parsing it', async () => {
    const { status, message } = await refused(
      `{ papers(first: 1) { totalCount } } #${'x'.repeat(1024 * 1024)}`,
    );
    expect(status).toBe(413);
    expect(message).toMatch(/bytes; the limit is/);
  });

  it('refuses nested pages whose product is too large, before any statement runs', async () => {
    // graphql-armor's depth-weighted cost catches many of these too; switch it off to see this one.
    const yoga = createYogaServer({
      graph: db.graph,
      logging: false,
      queryLimits: { ...DEFAULT_QUERY_LIMITS, maxCost: 1e12 },
    });
    db.queryLog.length = 0;
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ search(query: "x", first: 50) { node { ... on Paper { similar(first: 100) { shared { name aliases } } } } } }',
      }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect(body.errors?.[0]?.message).toMatch(/may return about \d+ results; the limit is 50000/);
    expect(db.queryLog).toEqual([]);
  });

  it('refuses a page larger than 100', async () => {
    const result = await client.query('{ papers(first: 101) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
