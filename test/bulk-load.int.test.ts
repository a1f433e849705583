import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePapers } from '../bench/synthetic-corpus.ts';
import { type BulkLoadResult, bulkLoad } from '../src/bulk/bulk-load.ts';
import { stats } from '../src/graph/stats-store.ts';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import { importCsv } from '../src/neo4j-local/admin-import.ts';
import { kgHome } from '../src/project-paths.ts';
import { listingFile } from './support/corpus.ts';
import { jsonExportLines } from './support/json-export.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

// The test-neo4j- prefix lets the suite's set-up remove the folder if this run is killed.
const home = path.join(kgHome(), `test-neo4j-bulk-${process.pid}`);
// Ingest stamps each paper with the time of its write; the bulk path with one time for all.
const TIMESTAMPS = ['ingestedAt', 'updatedAt'];

describe('bulk load (CSV + neo4j-admin import) against ingestPapers of the same papers', () => {
  // Synthetic papers (code links, authors, shared vocabulary), the real listing, and two listing
  // papers again, which both paths must reject the same way.
  const listing = readPapers(listingFile).papers;
  const papers = [...generatePapers(300, 7), ...listing, ...listing.slice(0, 2)];
  const now = new Date('2026-01-02T03:04:05.678Z');
  let ingested: TestGraph;
  let bulk: BulkLoadResult;

  beforeAll(async () => {
    ingested = await openTestGraph();
    await ingestPapers(ingested.graph, papers);
    rmSync(home, { recursive: true, force: true });
    bulk = await bulkLoad(papers, {
      home,
      cacheDir: path.join(kgHome(), 'cache'),
      csvDir: mkdtempSync(path.join(tmpdir(), 'kg-bulk-csv-')),
      heap: '512m',
      pageCache: '64m',
      tethered: true,
      now,
    });
  });
  afterAll(async () => {
    await bulk?.imported.close();
    await bulk?.server.stop({ kill: true });
    await ingested?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('makes the same nodes per label and links per type', async () => {
    const counted = await stats(bulk.imported.graph);
    expect(counted).toEqual(await stats(ingested.graph));
    expect(counted.labels.find((l) => l.label === 'Paper')?.count).toBe(363);
    expect(bulk.csv.nodes.Paper).toBe(363);
    expect(bulk.csv.rejections.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^same paper/),
      expect.stringMatching(/^same paper/),
    ]);
  });

  it('makes the same graph as ingest, property by property, but for the write times', async () => {
    const want = await jsonExportLines(ingested.graph, { ignore: TIMESTAMPS });
    const got = await jsonExportLines(bulk.imported.graph, { ignore: TIMESTAMPS });
    expect(got.length).toBe(want.length);
    expect(got).toEqual(want);
  });

  it('stamps every paper with the load time', async () => {
    const { records } = await bulk.imported.driver.executeQuery(
      'MATCH (p:Paper) RETURN collect(DISTINCT toString(p.ingestedAt)) AS at, collect(DISTINCT toString(p.updatedAt)) AS up',
      {},
      { database: bulk.server.database },
    );
    expect(records[0]?.toObject()).toEqual({
      at: ['2026-01-02T03:04:05.678Z'],
      up: ['2026-01-02T03:04:05.678Z'],
    });
  });

  it('refuses to import into a server folder whose Neo4j is running', async () => {
    await expect(
      importCsv({ home, cacheDir: path.join(kgHome(), 'cache'), dir: tmpdir(), arguments: [] }),
    ).rejects.toThrow(/Neo4j is running from .*; stop it before importing/);
  });
});
