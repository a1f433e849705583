/**
 * Read latency of the API against a real Neo4j holding the synthetic corpus: related entities,
 * similar papers and depth-2 neighbourhoods (plus hubs, search and path as extra rows), each
 * asked end to end through `yoga.fetch` and as its bare Cypher, with a check of every answer.
 * Prints a Markdown report and writes it to `.kg/bench/api-<size>.md`; progress goes to stderr.
 * The npm script raises Node's heap limit for the ingest (about 50 kB of heap per paper) and sets
 * NODE_ENV=production, as the image runs the server (graphql-js checks types more slowly otherwise).
 *
 *   npm run bench:api -- --size 100000 [--requests 300] [--seed 42] [--load ingest|bulk] [--reuse] [--keep]
 *     [--max-minutes 30]
 *
 * `--load bulk` builds the graph through the bulk path (CSV + neo4j-admin import; the default
 * from 100,000 papers on), `--load ingest` through `ingestPapers` (the default below).
 * `--keep` leaves the loaded graph in `.kg/bench-neo4j` for a later `--reuse`, which then skips
 * the ingest; without it the folder is removed at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { openGraph } from '../src/graph/open-graph.ts';
import { kgHome } from '../src/project-paths.ts';
import { createYogaServer } from '../src/server/yoga.ts';
import { type LoadOutcome, loadCorpus, startApiNeo4j, stopApiNeo4j } from './api-load.ts';
import { type CaseResult, measureCase, RecordingGraph } from './api-measure.ts';
import { PROFILE_HEADER, profileCase } from './api-profile.ts';
import { benchCases } from './api-queries.ts';
import { markdownReport, meetsTargets } from './api-report.ts';
import { pickSamples } from './api-samples.ts';
import { loadAverage, log, machine, neo4jVersion } from './bench-env.ts';
import { type BenchNeo4j, runWithNeo4j } from './bench-neo4j.ts';
import { chooseLoad } from './bulk-corpus.ts';
import { createBenchGraph } from './ingest-run.ts';
import { TimedGraph } from './timed-graph.ts';

const USAGE =
  'usage: npm run bench:api -- --size 100000 [--requests 300] [--seed 42] [--load ingest|bulk] [--reuse] [--keep] [--max-minutes 30]';
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '300' },
    seed: { type: 'string', default: '42' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '30' },
    load: { type: 'string' },
  },
});
const size = Number(values.size);
const requests = Number(values.requests);
const seed = Number(values.seed);
const maxMinutes = Number(values['max-minutes']);
if ([size, requests, seed, maxMinutes].some((value) => !Number.isInteger(value) || value < 1)) {
  console.error(USAGE);
  process.exit(2);
}
const WARM_UP = 20;
const load = chooseLoad(values.load, size, Boolean(loadConfig().neo4j.uri));

const loadAtStart = loadAverage();

function header(neo4j: BenchNeo4j, version: string, loaded: LoadOutcome, counts: string): string[] {
  return [
    `Command: \`npm run bench:api -- ${process.argv.slice(2).join(' ')}\` (seed ${seed}, ${WARM_UP} warm-up rounds, then ${requests} sequential requests per row, one client; GraphQL, floor and all-statements requests take turns)`,
    `Machine: ${machine()}; Neo4j ${version}, ${neo4j.description}`,
    `Load average (1, 5, 15 min): ${loadAtStart} at the start, ${loadAverage()} at the end; other processes share the CPUs`,
    `Graph: ${size.toLocaleString('en')} synthetic papers, ${loaded.how}${loaded.seconds === undefined ? '' : ` (${loaded.seconds.toFixed(0)} s in all)`}; ${loaded.weights}; ${counts}`,
    `Targets (related, similar, depth-2 neighbourhood, GraphQL end to end): p50 ≤ 10 ms, p99 ≤ 50 ms, GraphQL p50 ≤ 1.3× the floor's (the traversal statement alone, as an auto-commit read in a READ session: one round trip, as the server sends it). Errors: GraphQL errors; empty: answers with no items; disagree: GraphQL and the floor count different items.`,
  ];
}

async function run(neo4j: BenchNeo4j): Promise<void> {
  const opened = await openGraph(loadConfig(), { connection: neo4j.connection });
  const { database } = neo4j.connection;
  const queries = new QueryRegistry();
  const graph = new RecordingGraph(opened.graph.driver, queries, { database });
  const timed = new TimedGraph(opened.graph.driver, new QueryRegistry(), { database });
  const benchGraph = createBenchGraph(timed, database);
  try {
    const context = { graph: timed, benchGraph, batchSize: 1000, log };
    const loaded = await loadCorpus(context, size, seed, {
      reuse: values.reuse,
      database,
      load,
      uri: neo4j.connection.uri,
    });
    const counts = (await benchGraph.read('graph-counts'))
      .map((row) => `${row.name} ${Number(row.count).toLocaleString('en')}`)
      .join(', ');
    const samples = await pickSamples(benchGraph, seed);
    log(
      `samples: ${samples.entities.length} entities, ${samples.hubs.length} hubs (${samples.hubs.map((h) => `${h.name} ${h.paperCount}`).join(', ')}), ${samples.papers.length} papers, ${samples.seeds.length} neighbourhood seeds`,
    );
    const yoga = createYogaServer({ graph, logging: false });
    const measure = { yoga, graph, driver: graph.driver, queries, database, log };
    const results: CaseResult[] = [];
    const profiles: string[] = [];
    for (const benchCase of benchCases(samples)) {
      log(`measuring ${benchCase.name}`);
      const result = await measureCase({ ...measure, requests, warmUp: WARM_UP }, benchCase);
      results.push(result);
      if (meetsTargets(result)) continue;
      log(`  missed a target: profiling ${benchCase.name}`);
      profiles.push(await profileCase({ ...measure, requests, warmUp: WARM_UP }, benchCase));
    }
    const report = markdownReport(
      header(neo4j, await neo4jVersion(graph.driver, database), loaded, counts),
      results,
      profiles.length ? [...PROFILE_HEADER, ...profiles] : [],
    );
    const label = size % 1000 === 0 ? `${size / 1000}k` : String(size);
    const file = path.join(kgHome(), 'bench', `api-${label}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, report);
    console.log(report);
    log(`report written to ${file}`);
  } finally {
    await opened.close();
  }
}

const neo4j = await startApiNeo4j(values.reuse, log);
await runWithNeo4j(neo4j, { maxMinutes, log, stop: () => stopApiNeo4j(neo4j, values.keep) }, run);
