import { rmSync } from 'node:fs';
import { csvImportArguments } from '../export/csv-writer.ts';
import type { RawPaper } from '../ingest/raw-paper.ts';
import { importCsv } from '../neo4j-local/admin-import.ts';
import { type LocalServer, startLocalServer } from '../neo4j-local/local-server.ts';
import { type BulkCsvSummary, writeBulkCsv } from './bulk-csv.ts';
import {
  type FinishTimings,
  type ImportedGraph,
  openImportedGraph,
} from './open-imported-graph.ts';

export interface BulkLoadOptions {
  /** The local server's folder; its database is REPLACED. The server must be stopped. */
  home: string;
  cacheDir: string;
  /** Where the CSV files go; removed afterwards unless keepCsv. */
  csvDir: string;
  keepCsv?: boolean;
  /** Server settings for the start after the import. */
  heap?: string;
  pageCache?: string;
  port?: number;
  /** Tie the started server's life to this process (tests, benchmarks). */
  tethered?: boolean;
  /** The time written as every paper's ingestedAt and updatedAt (default: now). */
  now?: Date;
  /** The character between list items in the CSV (default `;`); no list item may contain it. */
  arrayDelimiter?: string;
  onProgress?: (done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface BulkLoadResult {
  csv: BulkCsvSummary;
  server: LocalServer;
  imported: ImportedGraph;
  /** Seconds per step: extraction, CSV writing, neo4j-admin import, server start, then the finish. */
  timings: { extract: number; write: number; import: number; start: number } & FinishTimings;
}

/**
 * The fast first load: papers → CSV (writeBulkCsv) → `neo4j-admin database import full` into a
 * stopped local server → start → migrations, empty lists, populated indexes. The graph equals
 * what ingestPapers makes of the same papers in an empty database (test/bulk-load.int.test.ts),
 * without a write transaction per batch.
 */
export async function bulkLoad(
  papers: RawPaper[],
  options: BulkLoadOptions,
): Promise<BulkLoadResult> {
  const log = options.log ?? (() => {});
  try {
    const csv = await writeBulkCsv(papers, options.csvDir, {
      now: options.now,
      arrayDelimiter: options.arrayDelimiter,
      onProgress: options.onProgress,
    });
    log(`Wrote CSV for ${csv.papers} papers to ${options.csvDir}; importing…`);
    const imported = await importCsv({
      home: options.home,
      cacheDir: options.cacheDir,
      dir: options.csvDir,
      arguments: csvImportArguments(options.arrayDelimiter),
      heap: options.heap,
    });
    const started = performance.now();
    const server = await startLocalServer({
      home: options.home,
      cacheDir: options.cacheDir,
      heap: options.heap,
      pageCache: options.pageCache,
      port: options.port,
      tethered: options.tethered,
      log,
    });
    const start = (performance.now() - started) / 1000;
    log('Applying migrations and waiting for the indexes…');
    try {
      const graph = await openImportedGraph(server);
      return {
        csv,
        server,
        imported: graph,
        timings: { ...csv.timings, import: imported.seconds, start, ...graph.timings },
      };
    } catch (error) {
      await server.stop();
      throw error;
    }
  } finally {
    if (!options.keepCsv) rmSync(options.csvDir, { recursive: true, force: true });
  }
}
