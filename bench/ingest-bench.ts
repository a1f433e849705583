/**
 * Ingest throughput against a real Neo4j, per corpus size: parse + the real `ingestPapers`
 * (batch 1000), a re-ingest of the same unchanged papers, and the floor (the same rows written
 * by one bare statement per batch). Prints a Markdown table; progress goes to stderr. The npm
 * script raises Node's heap limit: ingestPapers extracts its whole input before writing, about
 * 50 kB of heap per paper.
 *
 *   npm run bench:ingest -- --sizes 10000,100000 [--batch-size 1000] [--seed 42] [--max-minutes 75]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { openGraph } from '../src/graph/open-graph.ts';
import { type BenchNeo4j, runWithNeo4j, startBenchNeo4j } from './bench-neo4j.ts';
import { ensureCorpus } from './corpus-file.ts';
import { type MemoryFigures, markdownTable } from './ingest-report.ts';
import { type BenchContext, createBenchGraph, measureSize, type SizeResult } from './ingest-run.ts';
import { TimedGraph } from './timed-graph.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    'batch-size': { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    'max-minutes': { type: 'string', default: '75' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const batchSize = Number(values['batch-size']);
const seed = Number(values.seed);
const maxMinutes = Number(values['max-minutes']);
if (
  [...sizes, batchSize, seed, maxMinutes].some((value) => !Number.isInteger(value) || value < 1)
) {
  console.error(
    'usage: npm run bench:ingest -- --sizes 10000,100000 [--batch-size 1000] [--seed 42] [--max-minutes 75]',
  );
  process.exit(2);
}

const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
// Warm the JVM and the Node JIT on a small corpus first, so that the first measured size is not
// also the first time either runs the code.
const WARM_UP = 1000;

let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 100);
sampler.unref();

function jvmPeakRss(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : undefined;
}

const memory = (neo4j: BenchNeo4j): MemoryFigures => ({
  nodeRss: process.resourceUsage().maxRSS * 1024,
  nodeHeap: peakHeap,
  neo4jRss: jvmPeakRss(neo4j.pid),
});

async function neo4jVersion(context: BenchContext, database: string): Promise<string> {
  const session = context.graph.driver.session({ database });
  try {
    const result = await session.run(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    const record = result.records[0];
    return `${record?.get('version')} ${record?.get('edition')}`;
  } finally {
    await session.close();
  }
}

async function run(neo4j: BenchNeo4j): Promise<void> {
  const opened = await openGraph(loadConfig(), { connection: neo4j.connection });
  const { database } = neo4j.connection;
  const graph = new TimedGraph(opened.graph.driver, new QueryRegistry(), { database });
  const context: BenchContext = {
    graph,
    benchGraph: createBenchGraph(graph, database),
    batchSize,
    log,
  };
  try {
    const version = await neo4jVersion(context, database);
    log(`warm-up with ${WARM_UP} papers`);
    await measureSize(context, WARM_UP, ensureCorpus(WARM_UP, seed), database);
    const results: { result: SizeResult; memory: MemoryFigures }[] = [];
    for (const size of sizes) {
      const file = ensureCorpus(size, seed);
      log(`${size}: corpus ${file}`);
      const result = await measureSize(context, size, file, database);
      results.push({ result, memory: memory(neo4j) });
    }
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      [
        `Command: \`npm run bench:ingest -- ${process.argv.slice(2).join(' ')}\` (seed ${seed}, batch size ${batchSize})`,
        `Machine: ${os.availableParallelism()} CPUs (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; Node ${process.version}; Neo4j ${version}, ${neo4j.description}`,
        `Load average (1, 5, 15 min) at the end: ${os
          .loadavg()
          .map((load) => load.toFixed(1))
          .join(', ')}; other processes share the CPUs`,
        `Corpus: ${results.map(({ result }) => result.file).join(', ')}`,
        '',
        markdownTable(results),
      ].join('\n'),
    );
  } finally {
    await opened.close();
  }
}

const neo4j = await startBenchNeo4j(log);
await runWithNeo4j(neo4j, { maxMinutes, log }, run);
clearInterval(sampler);
