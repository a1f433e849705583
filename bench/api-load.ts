/**
 * The API benchmark's graph: the dedicated bench Neo4j, loaded with the synthetic corpus by the
 * real `ingestPapers`, or, with `--reuse`, the graph a previous `--keep` run left behind.
 */
import { createReadStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config.ts';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import type { RawPaper } from '../src/ingest/raw-paper.ts';
import { parsePapers } from '../src/ingest/read-papers.ts';
import { stopLocalServer } from '../src/neo4j-local/local-server.ts';
import {
  BENCH_HOME,
  type BenchNeo4j,
  startBenchNeo4j,
  startDedicatedNeo4j,
} from './bench-neo4j.ts';
import { ensureCorpus } from './corpus-file.ts';
import { type BenchContext, wipe } from './ingest-run.ts';

const home = BENCH_HOME;
// Written after a complete ingest; the ingest benchmark deletes the folder, and with it this file,
// so a reused graph is always one this benchmark loaded.
const marker = path.join(home, 'api-bench.json');

interface Loaded {
  size: number;
  seed: number;
}

function readMarker(): Loaded | undefined {
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
  if (!keep && local) rmSync(home, { recursive: true, force: true });
}

/**
 * Papers per `ingestPapers` call. Up to 100k papers the corpus is one call, as `kg ingest` makes
 * it; a million-paper file (about 1.6 GB) is past V8's largest string, and its extraction past
 * the heap, so it is read and ingested in slices of this many lines (a record's `origin` then
 * numbers its line within the slice; only error messages show it).
 */
const CHUNK_PAPERS = 100_000;

async function* corpusChunks(
  file: string,
  papersPerChunk = CHUNK_PAPERS,
): AsyncGenerator<RawPaper[]> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let chunk: string[] = [];
  const parse = () => parsePapers(chunk.join('\n'), path.basename(file), 'jsonl').papers;
  for await (const line of lines) {
    chunk.push(line);
    if (chunk.length < papersPerChunk) continue;
    yield parse();
    chunk = [];
  }
  if (chunk.length) yield parse();
}

async function paperCount(context: BenchContext): Promise<number> {
  const rows = await context.benchGraph.read('graph-counts');
  return Number(rows.find((row) => row.name === 'Paper')?.count ?? 0);
}

/** Makes the graph hold exactly the corpus of `size` papers; returns whether it was reused. */
export async function loadCorpus(
  context: BenchContext,
  size: number,
  seed: number,
  { reuse, database }: { reuse: boolean; database: string },
): Promise<boolean> {
  const { log } = context;
  const kept = readMarker();
  if (reuse && kept?.size === size && kept.seed === seed) {
    const papers = await paperCount(context);
    if (papers === size) {
      log(`reusing the kept graph of ${size} papers`);
      return true;
    }
    log(`the kept graph holds ${papers} papers, not ${size}: loading again`);
  }
  rmSync(marker, { force: true });
  await wipe(context, database);
  const file = ensureCorpus(size, seed);
  log(`ingesting ${size} papers from ${file} (batch ${context.batchSize})`);
  const started = performance.now();
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
  log(`ingested ${created} papers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!loadConfig().neo4j.uri) writeFileSync(marker, JSON.stringify({ size, seed }));
  return false;
}
