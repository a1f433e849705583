import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by value
type Data = any;

const COUNT = 'query Count { papers(first: 1) { totalCount } }';
const INGEST = `mutation Ingest($input: IngestPapersInput!) {
  ingestPapers(input: $input) { __typename ... on IngestResult { created } }
}`;

describe('the response cache (KG_RESPONSE_CACHE_TTL_S)', () => {
  let db: TestGraph;
  let cached: ReturnType<typeof createTestClient>;
  beforeAll(async () => {
    db = await openListingGraph();
    cached = createTestClient(db, { responseCacheTtlMs: 60_000 });
  });
  afterAll(async () => db.close());

  it('answers a repeated anonymous query from memory, without a Neo4j round trip', async () => {
    const first: Data = await cached.query(COUNT);
    expect(first.data.papers.totalCount).toBe(63);
    db.queryLog.length = 0;
    expect(await cached.query(COUNT)).toEqual(first);
    expect(db.queryLog).toEqual([]);
    // Other variables or another document are other entries.
    await cached.query('query Count2 { papers(first: 2) { totalCount } }');
    expect(db.queryLog.length).toBeGreaterThan(0);
  });

  it('never serves a request that carries credentials from the cache', async () => {
    await cached.query(COUNT);
    db.queryLog.length = 0;
    await cached.query(COUNT, {}, { authorization: 'Bearer anything' });
    expect(db.queryLog.length).toBeGreaterThan(0);
  });

  it('is emptied by a successful mutation: ingestPapers, then the query sees the new paper', async () => {
    await cached.query(COUNT);
    const written: Data = await cached.mutate(INGEST, {
      input: {
        papers: [
          { title: 'Echidna Caches for Fresh Reads', abstract: 'We propose Echidna Caches.' },
        ],
      },
    });
    expect(written.data.ingestPapers.created).toBe(1);
    const after: Data = await cached.query(COUNT);
    expect(after.data.papers.totalCount).toBe(64);
  });

  it('is not emptied by a refused mutation', async () => {
    await cached.query(COUNT);
    const refused: Data = await cached.query(INGEST, { input: { papers: [] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    db.queryLog.length = 0;
    await cached.query(COUNT);
    expect(db.queryLog).toEqual([]);
  });

  it('is off by default', async () => {
    const plain = createTestClient(db);
    await plain.query(COUNT);
    db.queryLog.length = 0;
    await plain.query(COUNT);
    expect(db.queryLog.length).toBeGreaterThan(0);
  });
});
