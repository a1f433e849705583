/**
 * This server side by side with @neo4j/graphql 7 and the bare Cypher floor (issue 8), per corpus
 * size, in one run: a dedicated Neo4j loaded with the synthetic corpus by `ingestPapers`, both
 * GraphQL servers in child processes on 127.0.0.1 over that database, every query's answers
 * checked equal on the three sides, then autocannon at each concurrency in rounds whose order
 * rotates. Writes `docs/benchmarks.md` and its chart; progress goes to stderr.
 *
 *   npm run bench -- --sizes 10000,100000 [--seconds 10] [--rounds 2] [--concurrency 1,16]
 *     [--seed 42] [--load ingest|bulk] [--reuse] [--keep] [--max-minutes 120] [--out docs/benchmarks.md]
 *   npm run bench -- --report-only   (the report again from the last run's figures)
 *
 * Sizes from 100,000 papers on are loaded through the bulk path (CSV + neo4j-admin import,
 * bench/bulk-corpus.ts), smaller ones by `ingestPapers`; `--load ingest|bulk` forces one.
 * `--sizes 1000000` works the same way; ingesting a million papers would take about an hour here.
 * `--reuse` skips the ingest of a size when `--keep` left exactly that graph behind.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { openGraph } from '../src/graph/open-graph.ts';
import { findRunningServer } from '../src/neo4j-local/local-server.ts';
import { kgHome, projectRoot } from '../src/project-paths.ts';
import { createYogaServer } from '../src/server/yoga.ts';
import { loadCorpus, startApiNeo4j, stopApiNeo4j } from './api-load.ts';
import { RecordingGraph } from './api-measure.ts';
import { profileCase } from './api-profile.ts';
import { pickSamples } from './api-samples.ts';
import { loadAverage, log, machine, neo4jVersion, packageVersion } from './bench-env.ts';
import { BENCH_HOME, type BenchNeo4j, runWithNeo4j } from './bench-neo4j.ts';
import { chooseLoad } from './bulk-corpus.ts';
import { compareCases } from './compare-cases.ts';
import { p50Chart } from './compare-chart.ts';
import { startServer } from './compare-measure.ts';
import { compareReport, missesTarget, type SizeResult } from './compare-report.ts';
import { asBenchCase, type RowResult, runCase } from './compare-run.ts';
import { benchQueries, createBenchGraph } from './ingest-run.ts';
import { TimedGraph } from './timed-graph.ts';

const USAGE =
  'usage: npm run bench -- --sizes 10000,100000 [--seconds 10] [--rounds 2] [--concurrency 1,16] [--seed 42] [--load ingest|bulk] [--reuse] [--keep] [--max-minutes 120] [--out docs/benchmarks.md]';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '1,16' },
    seed: { type: 'string', default: '42' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '120' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    'report-only': { type: 'boolean', default: false },
    load: { type: 'string' },
  },
});
const integers = (text: string) => text.split(',').map(Number);
const sizes = integers(values.sizes);
const concurrencies = integers(values.concurrency);
const [seconds, rounds, seed, maxMinutes] = [
  values.seconds,
  values.rounds,
  values.seed,
  values['max-minutes'],
].map(Number) as [number, number, number, number];
if (
  [...sizes, ...concurrencies, seconds, rounds, seed, maxMinutes].some(
    (value) => !Number.isInteger(value) || value < 1,
  )
) {
  console.error(USAGE);
  process.exit(2);
}
const outFile = path.resolve(projectRoot, values.out);
const chartFile = outFile.replace(/\.md$/, '-p50.svg');
const reportJson = path.join(kgHome(), 'bench', 'compare-report.json');
const PROFILED_INPUTS = 10;
/** Per-request latencies are summarised already; the JSON keeps the summaries. */
const dropTimes = (key: string, value: unknown) => (key === 'times' ? undefined : value);
const loadAtStart = loadAverage();

function notes(sizes: number[]): string[] {
  return [
    ...(Math.max(...sizes) < 1_000_000
      ? [
          '## 1,000,000 papers: not run here',
          '',
          '`ingestPapers` loads about 320 papers/s on this machine, so a million-paper graph would take about an hour to ingest before anything is timed; from 100,000 papers on the benchmark loads through the bulk path instead (CSV + `neo4j-admin database import`, `--load bulk`; `--load ingest` keeps the old path). This report stops at the largest size above; `npm run bench -- --sizes 1000000 --max-minutes 180` runs that size the same way (the corpus file is generated on first use).',
          '',
        ]
      : []),
    '## Reading the ratios',
    '',
    "The floor pays for no HTTP, no GraphQL and no second process: when the machine is loaded, each of those hops also waits for a CPU, so ratios to the floor grow with the load, while the ratios between the two servers, which pay for the same hops, do not. Server CPU time per request is the figure least bent by other processes. At 16 clients the two CPUs are saturated, so req/s follows the CPU time every process spends on a request: the server's, Neo4j's (both in the first table of each size) and the load generator's, not the server's alone.",
    '',
    '## Where the documents differ',
    '',
    "- related, similar and neighbourhood: @neo4j/graphql runs this project's own statements from `cypher/queries/traversal/` as root `@cypher` fields taking the parameters the stores pass (lists of keys or ids). As fields on `Entity` and `Paper` they would need `this` where the statements take `$keys`/`$ids`, and similar-papers' `WITH` chain cannot carry `this`; root fields keep the statement text identical on both sides.",
    "- neighbourhood: both documents ask for every node's id and every edge's type and two ends (about a thousand edges per answer), and the answer check compares the edge lists. @neo4j/graphql's `@cypher` field flattens the statement's per-paper link groups into one map per edge in Cypher; this server names a node by its global id, @neo4j/graphql by its key. (Until session 5, @neo4j/graphql's document asked only for the number of edges, which its `@cypher` field counted inside Neo4j, so it never received the edges this server sent.)",
    '- full-text search: `@fulltext` makes one root field per index, so its document asks each index for its top 10 and the two lists are merged by the reader; it returns up to twice as many hits as `search(first: 10)`.',
    "- entity papers: a `@relationship` field covers one relationship type, so the papers of an entity in any role (PROPOSES, USES or MENTIONS) are a `@cypher` field; each paper's repositories are its native `@relationship` field.",
    '',
    '## Extraction and ingest throughput',
    '',
    "Each size's load above is this run's, under the load stated: `ingestPapers` calls below 100,000 papers, the bulk path (CSV + `neo4j-admin database import`, with each step's time) from there on unless `--load` chose otherwise. The split between extraction and writes in `ingestPapers`, and the re-ingest figures, come from the ingest benchmark (`docs/performance.md`):",
    '`npm run bench:ingest -- --sizes 10000` and `--sizes 100000`: 245 and 319 papers/s end to end; extraction alone (`extractCorpus`) 922 and 588 papers/s; extraction 23% and 37% of the time, writes 77% and 62%.',
    '',
  ];
}

/** Writes the report, its chart, and the JSON they are made from (for `--report-only`). */
function writeReport(header: string[], results: SizeResult[]): void {
  const series = (results[0]?.rows ?? [])
    .filter((row) => !row.baseline)
    .map((row) => {
      const point = (side: 'ours' | 'ng') =>
        results.map((r): [number, number] => [
          r.size,
          r.rows.find((x) => x.name === row.name)?.cells.find((c) => c.concurrency === 1)?.[side]
            .latency.p50 ?? Number.NaN,
        ]);
      return { name: row.name, ours: point('ours'), ng: point('ng') };
    });
  const sizes = results.map((r) => r.size);
  const loads = results.map((r) => `load ${r.loadAtStart.split(',')[0]}`);
  writeFileSync(chartFile, p50Chart(series, sizes, loads));
  // Everything the report is made of, to re-render it after a change to its layout.
  writeFileSync(reportJson, JSON.stringify({ header, results }, dropTimes, 2));
  const report = compareReport(header, results, path.basename(chartFile), notes(sizes));
  writeFileSync(outFile, report);
  console.log(report);
  log(`report written to ${outFile} and ${chartFile}`);
}

async function run(neo4j: BenchNeo4j): Promise<void> {
  const opened = await openGraph(loadConfig(), { connection: neo4j.connection });
  const { database } = neo4j.connection;
  const { driver } = opened.graph;
  const queries = new QueryRegistry();
  const results: SizeResult[] = [];
  // Rewritten after every size, so that a size that fails or overruns (1M) keeps the others.
  const report = async () =>
    writeReport(
      [
        `Command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\` (seed ${seed}; per query and concurrency, ${rounds} rounds of ${seconds / rounds} s for each side, the side order rotating between rounds, after 0.5 s of warm-up per side; each request takes the next of the sampled inputs)`,
        `Machine: ${machine()}; Neo4j ${await neo4jVersion(driver, database)}, ${neo4j.description}. Load average (1, 5, 15 min): ${loadAtStart} at the start, ${loadAverage()} at the end: other processes share the two CPUs, so absolute figures are pessimistic, and only ratios measured in the same run are compared.`,
        `Versions: this server (graphql-yoga ${packageVersion('graphql-yoga')}, Pothos ${packageVersion('@pothos/core')}); @neo4j/graphql ${packageVersion('@neo4j/graphql')} served by graphql-yoga ${packageVersion('graphql-yoga')}, no plugin needed in Neo4j (no APOC); neo4j-driver ${packageVersion('neo4j-driver')}; graphql ${packageVersion('graphql')}; autocannon ${packageVersion('autocannon')}.`,
        "Sides: **this server** and **@neo4j/graphql** each run in a child process on 127.0.0.1 with NODE_ENV=production (as the image runs this server), loaded over HTTP by autocannon from the benchmark process; their CPU time (user + system, /proc/<pid>/stat) per request and resident memory (VmRSS at the end of the cell) are the server process's alone; Neo4j's CPU time per request is read the same way from its JVM, for each side's cells (they run one at a time). **floor**: the hand-written statement for the same answer (for related, similar, neighbourhood and search, the statement this server sends) run by neo4j-driver in a loop with as many concurrent callers, each as an auto-commit read in a READ session (one round trip, as this server sends its reads; `executeQuery` would add BEGIN and COMMIT); no HTTP or GraphQL. The first row, a request that reads nothing (`{ __typename }` on the servers, `RETURN 1` on the floor), is no query of the set and is held to no target: it measures what HTTP and GraphQL cost on their own. Type definitions for @neo4j/graphql: `bench/ng-type-defs.ts`; documents and floor statements: `bench/compare-cases.ts`, `bench/cypher/floor-*.cypher`.",
        "Before timing, each query's answer is reduced to comparable values (ids, names, counts, scores) on all three sides for every sampled input and checked equal; a row that differs is reported and not timed.",
      ],
      results,
    );
  try {
    for (const size of sizes) {
      // Gateways per size: a bulk load replaces the database, and a gateway's bookmarks from the
      // previous size's writes name transactions the new store never had, so reads would wait.
      const timed = new TimedGraph(driver, new QueryRegistry(), { database });
      const benchGraph = createBenchGraph(timed, database);
      const recording = new RecordingGraph(driver, queries, { database });
      const measure = {
        yoga: createYogaServer({ graph: recording, logging: false }),
        graph: recording,
        driver,
        queries,
        database,
        requests: 0,
        warmUp: 0,
        log,
      };
      const context = { graph: timed, benchGraph, batchSize: 1000, log };
      const loaded = await loadCorpus(context, size, seed, {
        reuse: values.reuse,
        database,
        load: chooseLoad(values.load, size, Boolean(loadConfig().neo4j.uri)),
        uri: neo4j.connection.uri,
      });
      const ingestSeconds = loaded.reused ? undefined : loaded.seconds;
      const counts = (await benchGraph.read('graph-counts'))
        .map((row) => `${row.name} ${Number(row.count).toLocaleString('en')}`)
        .join(', ');
      const samples = await pickSamples(benchGraph, seed);
      const cases = compareCases(samples);
      log(`${size} papers: starting both servers`);
      const [ours, ng] = await Promise.all([
        startServer('ours', neo4j.connection),
        startServer('ng', neo4j.connection),
      ]);
      const loadBefore = loadAverage();
      const rows: RowResult[] = [];
      const profiles: string[] = [];
      try {
        const runContext = {
          ours,
          ng,
          driver,
          database,
          queries,
          benchQueries: new QueryRegistry(benchQueries),
          measure,
          // The JVM serving now: a bulk load restarts the server, so not always neo4j.pid.
          neo4jPid: neo4j.pid === undefined ? undefined : findRunningServer(BENCH_HOME)?.pid,
          concurrencies,
          seconds,
          rounds,
          log,
        };
        for (const benchCase of cases) {
          const row = await runCase(runContext, benchCase);
          rows.push(row);
          if (row.failure || !missesTarget(row)) continue;
          log(`  missed a target: profiling ${row.name}`);
          profiles.push(await profileCase(measure, asBenchCase(benchCase, PROFILED_INPUTS)));
        }
      } finally {
        await Promise.all([ours.stop(), ng.stop()]);
      }
      const result = {
        size,
        counts,
        ...(ingestSeconds === undefined ? {} : { ingestSeconds, loadedBy: loaded.how }),
        weights: loaded.weights,
        loadAtStart: loadBefore,
        loadAtEnd: loadAverage(),
        rows,
        profiles,
      };
      results.push(result);
      const label = size % 1000 === 0 ? `${size / 1000}k` : String(size);
      const json = path.join(kgHome(), 'bench', `compare-${label}.json`);
      mkdirSync(path.dirname(json), { recursive: true });
      writeFileSync(
        json,
        JSON.stringify(result, (key, value) => (key === 'times' ? undefined : value), 2),
      );
      log(`${size} papers done; figures in ${json}`);
      await report();
    }
  } finally {
    await opened.close();
  }
}

if (values['report-only']) {
  const saved = JSON.parse(readFileSync(reportJson, 'utf8')) as {
    header: string[];
    results: SizeResult[];
  };
  writeReport(saved.header, saved.results);
  process.exit(0);
}
const neo4j = await startApiNeo4j(values.reuse, log);
await runWithNeo4j(neo4j, { maxMinutes, log, stop: () => stopApiNeo4j(neo4j, values.keep) }, run);
