/**
 * One size of the ingest benchmark: parse, the real `ingestPapers`, a re-ingest of the same
 * papers, then the floor (the same rows written by one bare statement per batch).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION, extractCorpus } from '../src/extraction/extract-corpus.ts';
import { loadQueryFiles, QueryRegistry } from '../src/graph/cypher.ts';
import { acceptPapers, ingestPapers } from '../src/ingest/ingest-papers.ts';
import { type PaperRow, toPaperRow } from '../src/ingest/paper-rows.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import { TimedGraph } from './timed-graph.ts';

export interface SizeResult {
  size: number;
  file: string;
  accepted: number;
  rejected: number;
  parseMs: number;
  ingestMs: number;
  /** Inside ingestPapers: reads of stored versions, write transactions, and each statement. */
  lookupMs: number;
  writeMs: number;
  statementMs: Map<string, number>;
  reparseMs: number;
  reingestMs: number;
  reingestUnchanged: number;
  /** The same work outside ingestPapers, to split its extraction phase. */
  extractMs: number;
  rowsMs: number;
  bareMs: number;
  /** ingestPapers' write time once more, after the floor: the order effect's other side. */
  warmWriteMs: number;
  /** Of bareMs, the time in the statement itself; the rest is commit and round trips. */
  bareStatementMs: number;
  counts: Map<string, number>;
  bareCountsMatch: boolean;
}

export interface BenchContext {
  graph: TimedGraph;
  /** The gateway over `bench/cypher/`: the floor statement, the wipe, the counts. */
  benchGraph: TimedGraph;
  batchSize: number;
  log: (line: string) => void;
}

export const benchQueries = loadQueryFiles(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher'),
);

export function createBenchGraph(graph: TimedGraph, database: string): TimedGraph {
  return new TimedGraph(graph.driver, new QueryRegistry(benchQueries), { database });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** Drops all data but the migration records; the schema and indexes stay. */
export async function wipe(context: BenchContext, database: string): Promise<void> {
  const { graph, benchGraph } = context;
  // CALL … IN TRANSACTIONS only runs in an auto-commit transaction, which the gateway never opens.
  const session = graph.driver.session({ database });
  try {
    for (const name of ['wipe-papers', 'wipe-data'])
      await session.run(benchQueries.get(name) as string);
  } finally {
    await session.close();
  }
  const left = await counts(benchGraph);
  if (left.size > 0) throw new Error(`The wipe left ${[...left].join(', ')}`);
}

async function counts(benchGraph: TimedGraph): Promise<Map<string, number>> {
  const rows = await benchGraph.read('graph-counts');
  return new Map(rows.map((row) => [row.name as string, Number(row.count)]));
}

function progress(context: BenchContext, label: string) {
  const every = context.batchSize * 10;
  return (done: number, total: number) => {
    if (done % every === 0 || done === total) context.log(`  ${label}: ${done}/${total} written`);
  };
}

/** Extraction and rows exactly as ingestPapers computes them, timed apart. */
async function rowsOf(papers: ReturnType<typeof readPapers>['papers']) {
  const { accepted } = acceptPapers(papers);
  const [extractions, extractMs] = await timed(() =>
    extractCorpus(
      accepted.map(({ id, paper }) => ({ id, title: paper.title, abstract: paper.abstract })),
    ),
  );
  const [rows, rowsMs] = await timed(() =>
    accepted.map(({ id, paper }, index) =>
      toPaperRow(id, paper, extractions[index] as (typeof extractions)[number], EXTRACTOR_VERSION),
    ),
  );
  return { rows, extractMs, rowsMs };
}

async function writeBare(context: BenchContext, rows: PaperRow[]): Promise<number> {
  const [, ms] = await timed(async () => {
    for (let start = 0; start < rows.length; start += context.batchSize) {
      const papers = rows.slice(start, start + context.batchSize);
      await context.benchGraph.writeTransaction('bench-bare-batch', (step) =>
        step('bare-ingest-batch', { papers, extractorVersion: EXTRACTOR_VERSION }),
      );
      progress(context, 'bare')(Math.min(start + context.batchSize, rows.length), rows.length);
    }
  });
  return ms;
}

export async function measureSize(
  context: BenchContext,
  size: number,
  file: string,
  database: string,
): Promise<SizeResult> {
  const { graph, log } = context;
  await wipe(context, database);

  const [parsed, parseMs] = await timed(() => readPapers(file));
  log(`${size}: parsed ${parsed.papers.length} papers in ${seconds(parseMs)}`);

  graph.reset();
  const [summary, ingestMs] = await timed(() =>
    ingestPapers(graph, parsed.papers, {
      batchSize: context.batchSize,
      onProgress: progress(context, 'ingest'),
    }),
  );
  const { readMs: lookupMs, writeMs } = graph;
  const statementMs = new Map(graph.statementMs);
  log(
    `${size}: ingestPapers ${seconds(ingestMs)} (${summary.created} created, write ${seconds(writeMs)})`,
  );
  const graphCounts = await counts(context.benchGraph);

  const [reparsed, reparseMs] = await timed(() => readPapers(file));
  graph.reset();
  const [again, reingestMs] = await timed(() =>
    ingestPapers(graph, reparsed.papers, { batchSize: context.batchSize }),
  );
  log(
    `${size}: re-ingest ${seconds(reingestMs)} (${again.unchanged} unchanged, ${again.created + again.updated} written)`,
  );

  const { rows, extractMs, rowsMs } = await rowsOf(parsed.papers);
  log(`${size}: extractCorpus ${seconds(extractMs)}, toPaperRow ${seconds(rowsMs)}`);
  await wipe(context, database);
  context.benchGraph.reset();
  const bareMs = await writeBare(context, rows);
  const bareStatementMs = context.benchGraph.statementMs.get('bare-ingest-batch') ?? 0;
  log(`${size}: bare statement ${seconds(bareMs)}`);
  const bareCounts = await counts(context.benchGraph);

  // Whichever write runs later meets a warmer server (JIT-compiled plans, page cache, reused
  // store records). Writing with ingestPapers once more after the floor brackets that effect.
  await wipe(context, database);
  graph.reset();
  await ingestPapers(graph, parsed.papers, { batchSize: context.batchSize });
  const warmWriteMs = graph.writeMs;
  log(`${size}: ingestPapers again after the floor, write ${seconds(warmWriteMs)}`);

  return {
    size,
    file,
    accepted: parsed.papers.length - summary.rejections.length,
    rejected: parsed.rejections.length + summary.rejections.length,
    parseMs,
    ingestMs,
    lookupMs,
    writeMs,
    statementMs,
    reparseMs,
    reingestMs,
    reingestUnchanged: again.unchanged,
    extractMs,
    rowsMs,
    bareMs,
    bareStatementMs,
    warmWriteMs,
    counts: graphCounts,
    bareCountsMatch: JSON.stringify([...graphCounts]) === JSON.stringify([...bareCounts]),
  };
}
