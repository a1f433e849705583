/**
 * Load on the real API server: a dedicated Neo4j with the synthetic corpus, `src/main.ts` in a
 * child process on loopback, then hostile documents timed (each refused, a normal query answered
 * right after), then autocannon with 64 connections for 60 s over a mixed query set (the API
 * benchmark's related, similar, neighbourhood, hub, search and path requests with sampled
 * inputs). Reports throughput, latency, non-2xx and GraphQL-error counts, and the server's
 * resident memory after warm-up and at the end. Bounded by --max-minutes; loopback only.
 *
 *   npm run bench:load -- [--size 10000] [--duration 60] [--connections 64] [--seed 42]
 *     [--refusals-only] [--reuse] [--keep] [--max-minutes 20]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { openGraph } from '../src/graph/open-graph.ts';
import { kgHome } from '../src/project-paths.ts';
import { loadCorpus, startApiNeo4j, stopApiNeo4j } from './api-load.ts';
import { benchCases } from './api-queries.ts';
import { pickSamples } from './api-samples.ts';
import { type BenchNeo4j, runWithNeo4j } from './bench-neo4j.ts';
import { createBenchGraph } from './ingest-run.ts';
import { refusalTable, timeRefusals } from './refusals.ts';
import { startServerProcess } from './server-process.ts';
import { TimedGraph } from './timed-graph.ts';

const USAGE =
  'usage: npm run bench:load -- [--size 10000] [--duration 60] [--connections 64] [--seed 42] [--refusals-only] [--reuse] [--keep] [--max-minutes 20]';
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    seed: { type: 'string', default: '42' },
    repetitions: { type: 'string', default: '10' },
    'refusals-only': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '20' },
  },
});
const numbers = ['size', 'duration', 'connections', 'seed', 'repetitions', 'max-minutes'] as const;
const [size, duration, connections, seed, repetitions, maxMinutes] = numbers.map((name) =>
  Number(values[name]),
) as [number, number, number, number, number, number];
if (
  [size, duration, connections, seed, repetitions, maxMinutes].some(
    (v) => !Number.isInteger(v) || v < 1,
  )
) {
  console.error(USAGE);
  process.exit(2);
}
const WARM_UP_SECONDS = 10;

const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

interface Body {
  body: string;
}

/** Every sampled request of every case, interleaved so that consecutive requests differ. */
function mixedRequests(cases: ReturnType<typeof benchCases>): Body[] {
  const lists = cases.map((benchCase) =>
    benchCase.inputs.map((variables) => ({
      body: JSON.stringify({ query: benchCase.document, variables }),
    })),
  );
  const mixed: Body[] = [];
  for (let i = 0; lists.some((list) => i < list.length); i++) {
    for (const list of lists) if (list[i]) mixed.push(list[i] as Body);
  }
  return mixed;
}

/** autocannon over `bodies` in turn (shared by all connections), counting answers with errors. */
async function cannon(url: string, bodies: Body[], seconds: number, clients: number) {
  let next = 0;
  let graphqlErrors = 0;
  let firstError = '';
  const result = await autocannon({
    url,
    connections: clients,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        setupRequest: (request) => {
          const { body } = bodies[next++ % bodies.length] as Body;
          return { ...request, body };
        },
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) {
            graphqlErrors++;
            firstError ||= body.slice(0, 300);
          }
        },
      },
    ],
  });
  return { result, graphqlErrors, firstError };
}

async function run(neo4j: BenchNeo4j): Promise<void> {
  const loadAtStart = loadAverage();
  const opened = await openGraph(loadConfig(), { connection: neo4j.connection });
  const { database } = neo4j.connection;
  // Loading is not what this measures: on a shared, busy machine a write batch can outlast the
  // serving timeout (30 s), so the loader gets a long one and small batches.
  const timed = new TimedGraph(opened.graph.driver, new QueryRegistry(), {
    database,
    timeoutMs: 600_000,
  });
  const benchGraph = createBenchGraph(timed, database);
  let reused: boolean;
  let how: string;
  let bodies: Body[];
  try {
    const context = { graph: timed, benchGraph, batchSize: 250, log };
    // Always through ingestPapers: this benchmark's sizes are small, and it measures serving.
    ({ reused, how } = await loadCorpus(context, size, seed, {
      reuse: values.reuse,
      database,
      load: 'ingest',
      uri: neo4j.connection.uri,
    }));
    bodies = mixedRequests(benchCases(await pickSamples(benchGraph, seed)));
  } finally {
    await opened.close();
  }
  log(`${bodies.length} distinct requests in the mix`);

  const server = await startServerProcess(neo4j.connection, log);
  const lines: string[] = [];
  try {
    log(`warming up for ${WARM_UP_SECONDS} s`);
    await cannon(server.url, bodies, WARM_UP_SECONDS, connections);
    log(`timing refusals (${repetitions} of each)`);
    const refusals = await timeRefusals(server.url, repetitions);
    // After warm-up at full concurrency and the refusals: what the load then adds is growth.
    const rssStart = server.rss();

    lines.push(
      `Command: \`npm run bench:load -- ${process.argv.slice(2).join(' ')}\``,
      `Machine: ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; Node ${process.version}; Neo4j: ${neo4j.description}; the server, Neo4j and autocannon share the CPUs with other processes`,
      `Graph: ${size.toLocaleString('en')} synthetic papers${reused ? ' (kept from an earlier run)' : `, ${how}`}`,
      `Load average (1, 5, 15 min) at the start: ${loadAtStart}`,
      '',
      '### Refusals of hostile documents (POST over HTTP to the running server)',
      '',
      ...refusalTable(refusals, repetitions),
      '',
    );

    if (!values['refusals-only']) {
      const rssSamples: number[] = [];
      const sampler = setInterval(() => rssSamples.push(server.rss()), 1_000);
      log(`load: ${connections} connections for ${duration} s`);
      const { result, graphqlErrors, firstError } = await cannon(
        server.url,
        bodies,
        duration,
        connections,
      );
      clearInterval(sampler);
      const rssEnd = server.rss();
      const growth = ((rssEnd - rssStart) / rssStart) * 100;
      lines.push(
        `### Load: ${connections} connections, ${duration} s, ${bodies.length} distinct requests in turn`,
        '',
        '| requests | throughput req/s (mean) | p50 ms | p99 ms | max ms | non-2xx | socket errors | timeouts | GraphQL errors | RSS after warm-up | RSS peak | RSS at end | growth |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        `| ${result.requests.total.toLocaleString('en')} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result.non2xx} | ${result.errors} | ${result.timeouts} | ${graphqlErrors} | ${mb(rssStart)} | ${mb(Math.max(...rssSamples, rssEnd))} | ${mb(rssEnd)} | ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% |`,
        '',
      );
      if (firstError) lines.push(`First answer with errors: \`${firstError}\``, '');
    }
    lines.push(`Load average (1, 5, 15 min) at the end: ${loadAverage()}`);
  } finally {
    await server.stop();
  }
  const report = lines.join('\n');
  const file = path.join(kgHome(), 'bench', `load-${size}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${report}\n`);
  console.log(report);
  log(`report written to ${file}`);
}

const neo4j = await startApiNeo4j(values.reuse, log);
await runWithNeo4j(neo4j, { maxMinutes, log, stop: () => stopApiNeo4j(neo4j, values.keep) }, run);
