/**
 * Loading a benchmark's graph through the bulk path (src/bulk/): the synthetic corpus → CSV →
 * neo4j-admin import → start → migrations and populated indexes, without a write transaction
 * per batch. A million papers take over half an hour through `ingestPapers` here; this is what
 * makes that size practical.
 */
import path from 'node:path';
import { type BulkLoadResult, bulkLoad } from '../src/bulk/bulk-load.ts';
import { kgHome } from '../src/project-paths.ts';
import { ensureCorpus, readCorpus } from './corpus-file.ts';

export const LOADS = ['ingest', 'bulk'] as const;
export type Load = (typeof LOADS)[number];

/** From this many papers on, benchmarks load in bulk unless `--load ingest` says otherwise. */
export const BULK_FROM = 100_000;

/**
 * The load a benchmark uses for `size` papers: `--load` when given, else bulk from BULK_FROM on.
 * Bulk needs the bench's own local server (it writes the store files), so not with NEO4J_URI.
 */
export function chooseLoad(flag: string | undefined, size: number, external: boolean): Load {
  if (flag !== undefined && !LOADS.includes(flag as Load)) {
    throw new Error(`--load must be one of ${LOADS.join(', ')}, not ${flag}`);
  }
  if (flag === 'bulk' && external) {
    throw new Error('--load bulk writes a local server’s store files: unset NEO4J_URI');
  }
  return (flag as Load | undefined) ?? (size >= BULK_FROM && !external ? 'bulk' : 'ingest');
}

const fixed = (value: number) => value.toFixed(1);

/** One line with each step's time, for reports. */
export function describeBulkLoad(result: BulkLoadResult): string {
  const t = result.timings;
  return (
    `bulk-loaded (src/bulk/): extraction ${fixed(t.extract)} s, CSV writing ${fixed(t.write)} s, ` +
    `neo4j-admin import ${fixed(t.import)} s, server start ${fixed(t.start)} s, migrations ${fixed(t.migrate)} s, ` +
    `index population ${fixed(t.indexes)} s, empty lists ${fixed(t.restoreLists)} s, similarity weights ${fixed(t.weights)} s`
  );
}

export interface BulkCorpusOptions {
  /** The server folder: its database is replaced; the server in it must be stopped. */
  home: string;
  heap: string;
  pageCache: string;
  /** The Bolt port to come back on (so that a driver made before the load reconnects). */
  port?: number;
  log: (line: string) => void;
}

/**
 * Bulk-loads the synthetic corpus of `size` papers (generated on first use) into the server
 * folder and starts it, tethered to this process. The caller stops the server.
 */
export async function bulkLoadCorpus(
  size: number,
  seed: number,
  options: BulkCorpusOptions,
): Promise<BulkLoadResult> {
  const { log } = options;
  const file = ensureCorpus(size, seed);
  let started = performance.now();
  const papers = await readCorpus(file);
  log(
    `read ${papers.length} papers from ${file} in ${fixed((performance.now() - started) / 1000)} s; bulk-loading`,
  );
  started = performance.now();
  const every = Math.max(10_000, Math.round(size / 10));
  const result = await bulkLoad(papers, {
    home: options.home,
    cacheDir: path.join(kgHome(), 'cache'),
    csvDir: path.join(kgHome(), 'bench', `bulk-csv-${size}`),
    heap: options.heap,
    pageCache: options.pageCache,
    port: options.port,
    tethered: true,
    log,
    onProgress: (done, total) => {
      if (done % every === 0 || done === total)
        log(`  bulk: ${done}/${total} papers extracted and written`);
    },
  });
  log(`${describeBulkLoad(result)}; ${fixed((performance.now() - started) / 1000)} s in all`);
  return result;
}
