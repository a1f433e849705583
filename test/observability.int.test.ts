import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { Graph } from '../src/graph/run.ts';
import { createLogger } from '../src/server/logger.ts';
import { createMetrics } from '../src/server/metrics.ts';
import { createTestClient, TEST_WRITE_TOKEN } from './support/graphql-client.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

const INGEST = `mutation Ingest($input: IngestPapersInput!) {
  ingestPapers(input: $input) { __typename ... on IngestResult { created } }
}`;
const ABSTRACT =
  'We propose Wombat Diffusion (WD), a method for tunnel mapping that no log should ever repeat.';

describe('metrics, request ids and JSON logs', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  const metrics = createMetrics();
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });

  beforeAll(async () => {
    db = await openTestGraph();
    const graph = new Graph(db.driver, new QueryRegistry(), {
      database: db.connection.database,
      ...metrics.graphHooks,
    });
    client = createTestClient({ ...db, graph }, { metrics, logger: createLogger('info', sink) });
  });
  afterAll(async () => db.close());

  const scrape = async () => (await client.yoga.fetch('http://test/metrics')).text();
  const sample = (text: string, prefix: string) =>
    Number(
      text
        .split('\n')
        .find((line) => line.startsWith(prefix))
        ?.split(' ')
        .at(-1) ?? Number.NaN,
    );

  it('counts requests and their latency per operation name, and Neo4j round trips per query file', async () => {
    const ingest = await client.mutate(INGEST, {
      input: { papers: [{ title: 'Wombat Diffusion for Tunnel Mapping', abstract: ABSTRACT }] },
    });
    expect(ingest.errors).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      const page = await client.query('query PapersPage { papers(first: 2) { totalCount } }');
      expect(page.errors).toBeUndefined();
    }
    const text = await scrape();
    expect(
      sample(text, 'kg_graphql_requests_total{operation="PapersPage",type="query",status="200"}'),
    ).toBe(3);
    expect(sample(text, 'kg_graphql_request_duration_seconds_count{operation="PapersPage"}')).toBe(
      3,
    );
    expect(
      sample(text, 'kg_graphql_requests_total{operation="Ingest",type="mutation",status="200"}'),
    ).toBe(1);
    // One round trip per statement: the ingest's write transaction ran paper/upsert-papers once.
    expect(
      sample(
        text,
        'kg_neo4j_query_duration_seconds_count{query="paper/upsert-papers",mode="write",outcome="ok"}',
      ),
    ).toBe(1);
    expect(text).toMatch(
      /kg_neo4j_query_duration_seconds_count\{query="paper\/[\w-]+",mode="read"/,
    );
    expect(sample(text, 'kg_neo4j_sessions_open')).toBe(0);
    expect(text).toContain('process_resident_memory_bytes');
    // Probes and the scrape itself are not GraphQL requests.
    await client.yoga.fetch('http://test/health');
    expect(await scrape()).not.toMatch(/operation="(health|metrics)"/);
  });

  it('counts errors by code', async () => {
    await client.query('query Broken { papers(first: 2) { nope } }');
    await client.query(INGEST, { input: { papers: [] } });
    const text = await scrape();
    expect(
      sample(text, 'kg_graphql_errors_total{operation="Broken",code="GRAPHQL_VALIDATION_FAILED"}'),
    ).toBe(1);
    expect(sample(text, 'kg_graphql_errors_total{operation="Ingest",code="UNAUTHENTICATED"}')).toBe(
      1,
    );
  });

  it('echoes a sane x-request-id, makes one up otherwise, and logs it with the operation and duration', async () => {
    const given = await client.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc.123' },
      body: JSON.stringify({ query: 'query Stats { stats { labels { name count } } }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('trace-abc.123');
    const made = await client.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'no spaces\nallowed' },
      body: JSON.stringify({ query: '{ stats { labels { name count } } }' }),
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((entry) => entry.requestId === 'trace-abc.123');
    expect(line).toMatchObject({
      msg: 'request',
      operation: 'Stats',
      operationType: 'query',
      status: 200,
      level: 30,
    });
    expect(typeof line?.durationMs).toBe('number');
    expect(
      lines.find((entry) => entry.requestId === made.headers.get('x-request-id')),
    ).toMatchObject({
      operation: 'anonymous',
    });
  });

  it('never logs the write token or an abstract', () => {
    expect(lines.some((entry) => entry.operation === 'Ingest')).toBe(true);
    expect(raw).not.toContain(TEST_WRITE_TOKEN);
    expect(raw).not.toContain('Wombat');
  });
});
