/**
 * The API benchmark's graph: the dedicated bench Neo4j, loaded with the synthetic corpus by the
 * real `ingestPapers` or by the bulk path (bench/bulk-corpus.ts), or, with `--reuse`, the graph a
 * previous `--keep` run left behind.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { refreshSimilarityWeights } from '../src/graph/similarity-weights.ts';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import { type LocalServer, stopLocalServer } from '../src/neo4j-local/local-server.ts';
import {
  BENCH_HEAP,
  BENCH_HOME,
  BENCH_PAGE_CACHE,
  type BenchNeo4j,
  startBenchNeo4j,
  startDedicatedNeo4j,
} from './bench-neo4j.ts';
import { bulkLoadCorpus, describeBulkLoad, type Load } from './bulk-corpus.ts';
import { corpusChunks, ensureCorpus } from './corpus-file.ts';
import { type BenchContext, wipe } from './ingest-run.ts';

const home = BENCH_HOME;
// Written after a complete ingest; the ingest benchmark deletes the folder, and with it this file,
// so a reused graph is always one this benchmark loaded.
const marker = path.join(home, 'api-bench.json');

interface Loaded {
  size: number;
  seed: number;
}

/** The size and seed of the graph a `--keep` run left in the bench folder, if any. */
export function readMarker(): Loaded | undefined {
  if (!existsSync(marker)) return undefined;
  return JSON.parse(readFileSync(marker, 'utf8')) as Loaded;
}

/**
 * Starts the bench Neo4j: on the folder as it is when `reuse` asks for it and one was kept,
 * otherwise fresh (startBenchNeo4j deletes the folder first).
 */
export async function startApiNeo4j(
  reuse: boolean,
  log: (line: string) => void,
): Promise<BenchNeo4j> {
  if (!reuse || loadConfig().neo4j.uri || !readMarker()) return startBenchNeo4j(log);
  return startDedicatedNeo4j(log, ', reused');
}

/**
 * Stops the server. A kept graph gets Neo4j's orderly shutdown, so that the next `--reuse` opens
 * a clean store; a throw-away one is killed and its folder (about 2 GB at 100k papers) removed.
 */
export async function stopApiNeo4j(neo4j: BenchNeo4j, keep: boolean): Promise<void> {
  const local = !loadConfig().neo4j.uri;
  // An orderly stop first; BenchNeo4j.stop then only kills what is left (nothing).
  if (keep && local) await stopLocalServer(home);
  await neo4j.stop();
  await bulkServer?.stop({ kill: true });
  if (!keep && local) rmSync(home, { recursive: true, force: true });
}

async function paperCount(context: BenchContext): Promise<number> {
  const rows = await context.benchGraph.read('graph-counts');
  return Number(rows.find((row) => row.name === 'Paper')?.count ?? 0);
}

export interface LoadOutcome {
  /** The graph a previous `--keep` run left was used as it was. */
  reused: boolean;
  /** How the graph was loaded, with its times, for the report. */
  how: string;
  /** Seconds the load took in all (absent when reused). */
  seconds?: number;
  /** What making the papers' similarity weights current took, as a running server would. */
  weights: string;
}

/**
 * Recomputes the similarity weights a load left stale before anything is timed, as the server's
 * refresher would within seconds of the load: `similar` is measured as it serves a settled graph.
 */
async function settleWeights(context: BenchContext): Promise<string> {
  const started = performance.now();
  const result = await refreshSimilarityWeights(context.graph);
  const seconds = (performance.now() - started) / 1000;
  const weights = result.refreshed
    ? `similarity weights of ${result.papers.toLocaleString('en')} papers recomputed in ${seconds.toFixed(1)} s`
    : 'similarity weights already current';
  context.log(weights);
  return weights;
}

async function ingestCorpus(
  context: BenchContext,
  size: number,
  file: string,
  database: string,
): Promise<string> {
  const { log } = context;
  await wipe(context, database);
  log(`ingesting ${size} papers from ${file} (batch ${context.batchSize})`);
  const every = context.batchSize * 10;
  let created = 0;
  for await (const papers of corpusChunks(file)) {
    const before = created;
    const summary = await ingestPapers(context.graph, papers, {
      batchSize: context.batchSize,
      onProgress: (done, total) => {
        if (done % every === 0 || done === total) log(`  ingest: ${before + done}/${size} written`);
      },
    });
    created += summary.created;
  }
  return `ingested by ingestPapers (batch ${context.batchSize})`;
}

/** The server the last bulk load started; stopApiNeo4j stops it (its tether keeps Node alive). */
let bulkServer: LocalServer | undefined;

/**
 * The bulk path replaces the bench server's database while it is down: the server is killed
 * (the data is throw-away), the corpus imported, and a new server started on the same port, so
 * the caller's driver reconnects to it.
 */
async function bulkCorpus(size: number, seed: number, uri: string, log: (line: string) => void) {
  await stopLocalServer(home, { kill: true });
  // A server an earlier size started: killed just above, but its tether still holds a pipe open.
  await bulkServer?.stop({ kill: true });
  const result = await bulkLoadCorpus(size, seed, {
    home,
    heap: BENCH_HEAP,
    pageCache: BENCH_PAGE_CACHE,
    port: Number(new URL(uri).port),
    log,
  });
  await result.imported.close();
  bulkServer = result.server;
  return describeBulkLoad(result);
}

/** Makes the graph hold exactly the corpus of `size` papers, by `load` unless a kept one serves. */
export async function loadCorpus(
  context: BenchContext,
  size: number,
  seed: number,
  { reuse, database, load, uri }: { reuse: boolean; database: string; load: Load; uri: string },
): Promise<LoadOutcome> {
  const { log } = context;
  const kept = readMarker();
  if (reuse && kept?.size === size && kept.seed === seed) {
    const papers = await paperCount(context);
    if (papers === size) {
      log(`reusing the kept graph of ${size} papers`);
      const weights = await settleWeights(context);
      return { reused: true, how: 'kept from an earlier `--keep` run', weights };
    }
    log(`the kept graph holds ${papers} papers, not ${size}: loading again`);
  }
  rmSync(marker, { force: true });
  const started = performance.now();
  const how =
    load === 'bulk'
      ? await bulkCorpus(size, seed, uri, log)
      : await ingestCorpus(context, size, ensureCorpus(size, seed), database);
  if (load === 'bulk') {
    // The new store starts its transaction ids afresh: bookmarks of the replaced database would
    // make every later read wait for transactions it will never have. (Gateways made before the
    // load hold such bookmarks too; the benchmarks make theirs per size.)
    const bookmarks = context.graph.driver.executeQueryBookmarkManager;
    await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
    await context.graph.bookmarks.updateBookmarks(await context.graph.bookmarks.getBookmarks(), []);
  }
  const seconds = (performance.now() - started) / 1000;
  log(`loaded ${size} papers in ${seconds.toFixed(1)} s: ${how}`);
  if (!loadConfig().neo4j.uri) writeFileSync(marker, JSON.stringify({ size, seed }));
  return { reused: false, how, seconds, weights: await settleWeights(context) };
}
