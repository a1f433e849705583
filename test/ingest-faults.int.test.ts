import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, type Neo4jConnection } from '../src/graph/driver.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import { type LocalServer, startLocalServer } from '../src/neo4j-local/local-server.ts';
import { hasJava } from '../src/neo4j-local/prerequisites.ts';
import { kgHome, projectRoot } from '../src/project-paths.ts';
import { listingFile } from './support/corpus.ts';
import { graphChecksum } from './support/graph-checksum.ts';

interface Run {
  code: number | null;
  stderr: string;
}

/** `kg ingest` as a user runs it, against `connection`. */
function kgIngest(
  connection: Neo4jConnection,
  file: string,
  batchSize: number,
): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(
    'node',
    [path.join(projectRoot, 'bin/kg.js'), 'ingest', file, '--batch-size', String(batchSize)],
    {
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USERNAME: connection.username,
        NEO4J_PASSWORD: connection.password,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<Run>((resolve) =>
    child.once('exit', (code) => resolve({ code, stderr })),
  );
  return { child, done };
}

async function paperCount(connection: Neo4jConnection): Promise<number> {
  const driver = createDriver(connection, { connectionTimeoutMs: 1_000 });
  try {
    const { records } = await driver.executeQuery('MATCH (p:Paper) RETURN count(p) AS n');
    return records[0]?.get('n') as number;
  } catch {
    return -1;
  } finally {
    await driver.close();
  }
}

describe.skipIf(!hasJava())('kg ingest when Neo4j is killed during the run', () => {
  const home = mkdtempSync(path.join(kgHome(), 'fault-test-'));
  const input = path.join(home, 'papers.jsonl');
  let server: LocalServer;
  const start = () =>
    startLocalServer({
      home,
      cacheDir: path.join(kgHome(), 'cache'),
      tethered: true,
      heap: '1g',
      pageCache: '128m',
    });

  beforeAll(async () => {
    // 630 distinct papers: the shared listing, ten times over with distinct titles.
    const listing = readPapers(listingFile).papers;
    const lines = [];
    for (let copy = 0; copy < 10; copy++) {
      for (const paper of listing)
        lines.push(
          JSON.stringify({ title: `${paper.title} (copy ${copy})`, abstract: paper.abstract }),
        );
    }
    writeFileSync(input, `${lines.join('\n')}\n`);
    server = await start();
  });
  afterAll(async () => {
    await server?.stop({ kill: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('stops with a clear error, and a re-run completes to the same graph as one clean run', async () => {
    const run = kgIngest(server, input, 10);
    // Kill the JVM as soon as some batches are committed, while the command is still writing.
    let committed = 0;
    while (committed <= 0) {
      committed = await paperCount(server);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await server.stop({ kill: true });
    const failed = await run.done;
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/unavailable|Cannot reach Neo4j/i);
    expect(failed.stderr).not.toMatch(/^\s+at /m);

    server = await start();
    const stored = await paperCount(server);
    // One transaction per batch of ten: a crash leaves whole batches, never part of one.
    expect(stored % 10).toBe(0);
    expect(stored).toBeLessThan(630);

    const resumed = await kgIngest(server, input, 10).done;
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(
      new RegExp(`${630 - stored} new, 0 updated, ${stored} unchanged`),
    );
    // The command leaves similarity weights `similar` can use at once.
    expect(resumed.stderr).toMatch(
      /Similarity weights of 630 papers recomputed in [\d.]+ s \(\d+ changed\)\./,
    );
    const driver = createDriver(server);
    try {
      const { records } = await driver.executeQuery(
        'MATCH (s:__KgGraphState) RETURN s.weightsVersion = s.version AS current',
      );
      expect(records[0]?.get('current')).toBe(true);
      const afterResume = await graphChecksum(driver, 'neo4j');
      await driver.executeQuery('MATCH (n) WHERE NOT n:__KgMigration DETACH DELETE n');
      const clean = await kgIngest(server, input, 10).done;
      expect(clean.code).toBe(0);
      expect(await graphChecksum(driver, 'neo4j')).toEqual(afterResume);
    } finally {
      await driver.close();
    }
  }, 300_000);
});
