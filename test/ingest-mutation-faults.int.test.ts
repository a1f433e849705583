import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';
import { type OpenGraph, openGraph, SERVING_DRIVER_OPTIONS } from '../src/graph/open-graph.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import type { LocalServer } from '../src/neo4j-local/local-server.ts';
import { hasJava } from '../src/neo4j-local/prerequisites.ts';
import { kgHome } from '../src/project-paths.ts';
import { createYogaServer } from '../src/server/yoga.ts';
import { listingFile } from './support/corpus.ts';
import { startFaultNeo4j } from './support/fault-neo4j.ts';
import { graphChecksum } from './support/graph-checksum.ts';
import { TEST_WRITE_TOKEN } from './support/graphql-client.ts';

const INGEST = `mutation($input: IngestPapersInput!) {
  ingestPapers(input: $input) { __typename ... on IngestResult { created unchanged } }
}`;

/** Papers per write transaction in `ingestPapers` (its default batch size). */
const BATCH = 500;

interface Answer {
  data?: { ingestPapers: { created: number; unchanged: number } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Each paper with everything it links to: its properties, then each relationship and its far end. */
async function paperLinks(driver: Driver): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Paper)
     OPTIONAL MATCH (p)-[r]-(x)
     WITH p, r, x ORDER BY type(r), coalesce(x.id, x.key)
     RETURN p.id AS id, p.contentHash AS hash,
            collect(type(r) + (CASE WHEN startNode(r) = p THEN '>' ELSE '<' END) + coalesce(x.id, x.key)) AS links`,
  );
  return new Map(
    records.map((r) => [r.get('id') as string, JSON.stringify([r.get('hash'), r.get('links')])]),
  );
}

async function paperCount(server: LocalServer): Promise<number> {
  const driver = createDriver(server, { connectionTimeoutMs: 1_000 });
  try {
    const { records } = await driver.executeQuery('MATCH (p:Paper) RETURN count(p) AS n');
    return Number(records[0]?.get('n'));
  } catch {
    return -1;
  } finally {
    await driver.close();
  }
}

describe.skipIf(!hasJava())(
  'the ingestPapers mutation when Neo4j is killed during the write',
  () => {
    const home = mkdtempSync(path.join(kgHome(), 'mutation-fault-test-'));
    let server: LocalServer;
    let opened: OpenGraph;
    let yoga: ReturnType<typeof createYogaServer>;
    const masked: unknown[] = [];
    // 600 distinct papers, two write transactions (500 + 100): the shared listing, copied with
    // distinct titles.
    const listing = readPapers(listingFile).papers;
    const papers = Array.from({ length: 600 }, (_, i) => {
      const paper = listing[i % listing.length];
      return {
        title: `${paper?.title} (copy ${Math.floor(i / listing.length)})`,
        abstract: paper?.abstract ?? '',
        authors: paper?.authors ?? [],
      };
    });
    const start = (port?: number) => startFaultNeo4j(home, port);
    const ingest = async (): Promise<Answer> => {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${TEST_WRITE_TOKEN}`,
        },
        body: JSON.stringify({ query: INGEST, variables: { input: { papers } } }),
      });
      return (await response.json()) as Answer;
    };

    beforeAll(async () => {
      server = await start();
      opened = await openGraph(loadConfig({}), {
        connection: server,
        driver: SERVING_DRIVER_OPTIONS,
      });
      yoga = createYogaServer({
        graph: opened.graph,
        writeToken: TEST_WRITE_TOKEN,
        logging: false,
      });
    });
    afterAll(async () => {
      await opened?.close();
      await server?.stop({ kill: true });
      rmSync(home, { recursive: true, force: true });
    });

    it('leaves whole batches of complete papers, and a retry completes to the graph of one clean run', async () => {
      let answered: Answer | undefined;
      const running = ingest().then((answer) => {
        answered = answer;
        return answer;
      });
      // Kill the JVM as soon as the first batch is committed, while the second is being written.
      while (!answered && (await paperCount(server)) <= 0) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(
        answered,
        `ended before its first batch was committed: ${masked.map((e) => (e as Error).stack ?? e).join('\n')}`,
      ).toBeUndefined();
      const port = server.boltPort;
      await server.stop({ kill: true });
      const failed = await running;
      expect(failed.data ?? null).toBeNull();
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');

      server = await start(port);
      const driver = createDriver(server);
      try {
        const afterCrash = await paperLinks(driver);
        // One transaction per batch: a crash leaves whole batches, never part of one.
        expect(afterCrash.size % BATCH).toBe(0);
        expect(afterCrash.size).toBeLessThan(papers.length);

        // The client retries the same mutation once Neo4j is back: the rest is written.
        let retried = await ingest();
        for (let attempt = 0; retried.errors && attempt < 50; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          retried = await ingest();
        }
        expect(retried.data?.ingestPapers).toMatchObject({
          created: papers.length - afterCrash.size,
          unchanged: afterCrash.size,
        });
        const afterRetry = await graphChecksum(driver, 'neo4j');

        await driver.executeQuery('MATCH (n) WHERE NOT n:__KgMigration DETACH DELETE n');
        expect((await ingest()).data?.ingestPapers.created).toBe(papers.length);
        expect(await graphChecksum(driver, 'neo4j')).toEqual(afterRetry);
        // Every paper the crash left behind already had exactly the links a clean run gives it.
        const clean = await paperLinks(driver);
        for (const [id, links] of afterCrash) expect(links, id).toBe(clean.get(id));
      } finally {
        await driver.close();
      }
    }, 300_000);
  },
);
