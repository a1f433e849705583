/**
 * The response cache's effect (issue 9): this server with the cache off and with
 * `KG_RESPONSE_CACHE_TTL_S` set, side by side over the same synthetic graph, on the side-by-side
 * benchmark's query set and sampled inputs. Each cell cycles through a query's 50 sampled inputs,
 * so after the first pass every answer of the cached server comes from its cache (the TTL
 * outlasts a cell): the figures are the cache's best case, what repeated public reads of a few
 * hot pages get; the uncached server is the worst case, every request a new one. Writes a
 * Markdown report; progress goes to stderr.
 *
 *   npm run bench:cache -- --size 10000 [--ttl 60] [--seconds 6] [--concurrency 1,16]
 *     [--seed 42] [--reuse] [--keep] [--load ingest|bulk] [--out docs/response-cache.md]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { openGraph } from '../src/graph/open-graph.ts';
import { projectRoot } from '../src/project-paths.ts';
import { loadCorpus, startApiNeo4j, stopApiNeo4j } from './api-load.ts';
import { pickSamples } from './api-samples.ts';
import { loadAverage, log, machine, neo4jVersion } from './bench-env.ts';
import { type BenchNeo4j, runWithNeo4j } from './bench-neo4j.ts';
import { chooseLoad } from './bulk-corpus.ts';
import { compareCases } from './compare-cases.ts';
import {
  type CellResult,
  httpCell,
  mergeCells,
  type RunningServer,
  startServer,
} from './compare-measure.ts';
import { createBenchGraph } from './ingest-run.ts';
import { TimedGraph } from './timed-graph.ts';

const USAGE =
  'usage: npm run bench:cache -- --size 10000 [--ttl 60] [--seconds 6] [--concurrency 1,16] [--seed 42] [--reuse] [--keep] [--load ingest|bulk] [--out docs/response-cache.md]';
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    ttl: { type: 'string', default: '60' },
    seconds: { type: 'string', default: '6' },
    concurrency: { type: 'string', default: '1,16' },
    seed: { type: 'string', default: '42' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    load: { type: 'string' },
    out: { type: 'string', default: 'docs/response-cache.md' },
  },
});
const concurrencies = values.concurrency.split(',').map(Number);
const [size, ttl, seconds, seed] = [values.size, values.ttl, values.seconds, values.seed].map(
  Number,
) as [number, number, number, number];
if ([size, ttl, seconds, seed, ...concurrencies].some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(USAGE);
  process.exit(2);
}

const fixed = (n: number) => n.toFixed(1);
const cell = (c: CellResult) =>
  `${Math.round(c.requests / c.seconds)} · ${fixed(c.latency.p50)} · ${fixed(c.latency.p99)}`;

async function run(neo4j: BenchNeo4j): Promise<void> {
  const opened = await openGraph(loadConfig(), { connection: neo4j.connection });
  const { database } = neo4j.connection;
  const timed = new TimedGraph(opened.graph.driver, new QueryRegistry(), { database });
  const benchGraph = createBenchGraph(timed, database);
  const rows: string[] = [];
  const loadAtStart = loadAverage();
  try {
    const context = { graph: timed, benchGraph, batchSize: 1000, log };
    await loadCorpus(context, size, seed, {
      reuse: values.reuse,
      database,
      load: chooseLoad(values.load, size, Boolean(loadConfig().neo4j.uri)),
      uri: neo4j.connection.uri,
    });
    const cases = compareCases(await pickSamples(benchGraph, seed));
    const servers: [RunningServer, RunningServer] = await Promise.all([
      startServer('ours', neo4j.connection, { KG_RESPONSE_CACHE_TTL_S: '0' }),
      startServer('ours', neo4j.connection, { KG_RESPONSE_CACHE_TTL_S: String(ttl) }),
    ]);
    try {
      for (const benchCase of cases) {
        const bodies = benchCase.inputs.map((input) =>
          JSON.stringify({ query: benchCase.ours.document, variables: input.ours }),
        );
        // Warm-up: JIT and plan caches for both, and the cached server's cache filled.
        for (const server of servers) await httpCell(server, bodies, 1, 1);
        for (const connections of concurrencies) {
          // The uncached server before and after the cached one: drift in the machine's load
          // falls on both alike.
          const before = await httpCell(servers[0], bodies, connections, seconds / 2);
          const cached = await httpCell(servers[1], bodies, connections, seconds);
          const after = await httpCell(servers[0], bodies, connections, seconds / 2);
          const uncached = mergeCells([before, after]);
          const speedup = uncached.latency.p50 / cached.latency.p50;
          const errors = uncached.errors + cached.errors;
          rows.push(
            `| ${benchCase.name} | ${connections} | ${cell(uncached)} | ${cell(cached)} | ${fixed(speedup)}× | ${fixed(cached.requests / cached.seconds / (uncached.requests / uncached.seconds))}× | ${(uncached.cpuMsPerRequest ?? 0).toFixed(2)} / ${(cached.cpuMsPerRequest ?? 0).toFixed(2)} | ${errors} |`,
          );
          log(
            `  ${benchCase.name} @${connections}: p50 ${fixed(uncached.latency.p50)} → ${fixed(cached.latency.p50)} ms`,
          );
        }
      }
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
    const report = [
      '# The response cache: its effect on latency and throughput',
      '',
      `Command: \`npm run bench:cache -- ${process.argv.slice(2).join(' ')}\` (seed ${seed}; per query and concurrency, the uncached server for ${seconds / 2} s before and ${seconds / 2} s after the cached one's ${seconds} s, after 1 s of warm-up each)`,
      `Machine: ${machine()}; Neo4j ${await neo4jVersion(opened.graph.driver, database)}, ${neo4j.description}. Load average (1, 5, 15 min): ${loadAtStart} at the start, ${loadAverage()} at the end.`,
      '',
      `Two processes of this server over the same ${size.toLocaleString('en')}-paper graph: one with the cache off (the default), one with \`KG_RESPONSE_CACHE_TTL_S=${ttl}\`. Each cycles through the same 50 sampled inputs per query as \`npm run bench\`, so after the warm-up every answer of the cached server is a hit: this is the cache's best case (hot public pages asked again within the TTL), the uncached server its worst.`,
      '',
      '| query | clients | cache off: req/s · p50 · p99 ms | cache on: req/s · p50 · p99 ms | p50 off ÷ on | req/s on ÷ off | server CPU ms per request: off / on | errors |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      'A mutation empties the cache of the replica that ran it (`npx vitest run test/response-cache.int.test.ts`); other replicas serve their copies until the TTL ends (docs/scaling.md).',
      '',
    ].join('\n');
    const outFile = path.resolve(projectRoot, values.out);
    writeFileSync(outFile, report);
    console.log(report);
    log(`report written to ${outFile}`);
  } finally {
    await opened.close();
  }
}

const neo4j = await startApiNeo4j(values.reuse, log);
await runWithNeo4j(
  neo4j,
  { maxMinutes: 60, log, stop: () => stopApiNeo4j(neo4j, values.keep) },
  run,
);
