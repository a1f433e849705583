import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type OpenGraph, openGraph, SERVING_DRIVER_OPTIONS } from '../src/graph/open-graph.ts';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import type { LocalServer } from '../src/neo4j-local/local-server.ts';
import { hasJava } from '../src/neo4j-local/prerequisites.ts';
import { kgHome } from '../src/project-paths.ts';
import { createYogaServer } from '../src/server/yoga.ts';
import { listingFile } from './support/corpus.ts';

const QUERY = '{ papers(first: 3) { totalCount edges { node { title } } } }';

import { startFaultNeo4j } from './support/fault-neo4j.ts';

describe.skipIf(!hasJava())('the API server while Neo4j goes away and comes back', () => {
  const home = mkdtempSync(path.join(kgHome(), 'server-fault-test-'));
  let server: LocalServer;
  let opened: OpenGraph;
  let yoga: ReturnType<typeof createYogaServer>;
  const start = (port?: number) => startFaultNeo4j(home, port);

  const ask = async () => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    return (await response.json()) as {
      data?: { papers: { totalCount: number } };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };
  const status = async (route: string) => (await yoga.fetch(`http://test${route}`)).status;

  beforeAll(async () => {
    server = await start();
    opened = await openGraph(loadConfig({}), {
      connection: server,
      driver: SERVING_DRIVER_OPTIONS,
    });
    await ingestPapers(opened.graph, readPapers(listingFile).papers.slice(0, 10));
    yoga = createYogaServer({ graph: opened.graph, logging: false });
  });
  afterAll(async () => {
    await opened?.close();
    await server?.stop({ kill: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('answers, reports UNAVAILABLE and unready while Neo4j is down, and serves again when it returns', async () => {
    expect((await ask()).data?.papers.totalCount).toBe(10);
    expect(await status('/ready')).toBe(200);

    const port = server.boltPort;
    await server.stop({ kill: true });
    const down = await ask();
    expect(down.data ?? null).toBeNull();
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(down.errors?.[0]?.message).not.toMatch(/bolt|neo4j|java/i);
    expect(await status('/ready')).toBe(503);
    expect(await status('/health')).toBe(200);

    server = await start(port);
    const back = Date.now();
    let answer = await ask();
    while (answer.errors && Date.now() - back < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      answer = await ask();
    }
    process.stdout.write(
      `first successful request ${Date.now() - back} ms after Neo4j accepted Bolt again\n`,
    );
    expect(answer.data?.papers.totalCount).toBe(10);
    expect(await status('/ready')).toBe(200);
  }, 180_000);
});
