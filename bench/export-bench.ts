/**
 * Peak memory and time of `kg export` in each format, on a synthetic graph of N papers in a
 * dedicated local Neo4j (`.kg/export-bench-neo4j`, deleted first):
 *
 *   npm run bench:export -- --count 20000 [--page-size 2000] [--max-old-space-mb 128]
 *     [--load ingest|bulk] [--reuse] [--formats csv,graphml,json]
 *
 * `--reuse` exports the graph a `npm run bench -- … --keep` or `npm run bench:api -- --keep` run
 * left in `.kg/bench-neo4j` (it must hold exactly --count papers) instead of loading one, and
 * leaves it there: a million-paper graph is built once for both benchmarks.
 *
 * The graph is built by `ingestPapers` below 100,000 papers and through the bulk path (CSV +
 * neo4j-admin import, bench/bulk-corpus.ts) from there on; `--load` forces one.
 *
 * Each export runs as its own `node bin/kg.js export` process under /usr/bin/time, so its peak
 * RSS is the command's alone. Bounded memory shows as a peak that does not grow with N.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openGraph } from '../src/graph/open-graph.ts';
import { stats } from '../src/graph/stats-store.ts';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import {
  type LocalServer,
  startLocalServer,
  stopLocalServer,
} from '../src/neo4j-local/local-server.ts';
import { kgHome, projectRoot } from '../src/project-paths.ts';
import { readMarker } from './api-load.ts';
import { loadAverage } from './bench-env.ts';
import { BENCH_HEAP, BENCH_HOME, BENCH_PAGE_CACHE } from './bench-neo4j.ts';
import { bulkLoadCorpus, chooseLoad, describeBulkLoad } from './bulk-corpus.ts';
import { ensureCorpus } from './corpus-file.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    'page-size': { type: 'string', default: '2000' },
    // Caps the export process's V8 heap: an export that finishes under a small cap shows that
    // its memory does not grow with the graph (without it V8 grows the heap lazily).
    'max-old-space-mb': { type: 'string' },
    load: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    // One format at 1M papers takes minutes; the three share the paging that bounds memory.
    formats: { type: 'string', default: 'csv,graphml,json' },
  },
});
const formats = values.formats.split(',');
if (formats.some((format) => !['csv', 'graphml', 'json'].includes(format))) {
  console.error(`--formats: csv, graphml or json, not ${values.formats}`);
  process.exit(2);
}
const count = Number(values.count);
const log = (line: string) => process.stderr.write(`${line}\n`);

const kept = readMarker();
if (values.reuse && kept?.size !== count) {
  console.error(
    `--reuse: .kg/bench-neo4j holds ${kept ? `${kept.size} papers` : 'no kept graph'}, not ${count}`,
  );
  process.exit(2);
}
const home = values.reuse ? BENCH_HOME : path.join(kgHome(), 'export-bench-neo4j');
if (!values.reuse) rmSync(home, { recursive: true, force: true });
const load = values.reuse ? 'kept' : chooseLoad(values.load, count, false);
let server: LocalServer | undefined;
try {
  const started = performance.now();
  let how: string;
  if (load === 'kept') {
    server = await startLocalServer({
      home,
      cacheDir: path.join(kgHome(), 'cache'),
      heap: BENCH_HEAP,
      pageCache: BENCH_PAGE_CACHE,
      tethered: true,
      log,
    });
    how = 'kept by an earlier benchmark run';
  } else if (load === 'bulk') {
    const result = await bulkLoadCorpus(count, 42, { home, heap: '2g', pageCache: '1g', log });
    server = result.server;
    await result.imported.close();
    how = describeBulkLoad(result);
  } else {
    server = await startLocalServer({
      home,
      cacheDir: path.join(kgHome(), 'cache'),
      heap: '2g',
      pageCache: '1g',
      tethered: true,
      log,
    });
    how = 'ingested by ingestPapers (batch 1000)';
  }
  const connection = {
    uri: server.uri,
    username: server.username,
    password: server.password,
    database: 'neo4j',
  };
  // A generous timeout: batches of 1,000 papers can exceed the default 30 s on a loaded machine.
  const opened = await openGraph(loadConfig({}), { connection, timeoutMs: 600_000 });
  if (load === 'ingest') {
    await ingestPapers(opened.graph, readPapers(ensureCorpus(count)).papers, { batchSize: 1_000 });
  }
  const counted = await stats(opened.graph);
  await opened.close();
  const nodes = counted.labels
    .filter((l) => ['Paper', 'Entity', 'Repository', 'Author'].includes(l.label))
    .reduce((sum, l) => sum + l.count, 0);
  const links = counted.relationships.reduce((sum, r) => sum + r.count, 0);
  const loadSeconds = (performance.now() - started) / 1000;
  log(
    `loaded ${count} papers in ${loadSeconds.toFixed(0)} s (${how}): ${nodes} nodes, ${links} relationships`,
  );
  const rows: string[] = [];
  for (const format of formats) {
    const out = path.join(kgHome(), 'bench', `export-${count}-${format}`);
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'peak-rss-kb=%M wall-s=%e',
        process.execPath,
        ...(values['max-old-space-mb']
          ? [`--max-old-space-size=${values['max-old-space-mb']}`]
          : []),
        'bin/kg.js',
        'export',
        '--format',
        format,
        '--out',
        out,
        '--page-size',
        values['page-size'] as string,
      ],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: {
          ...process.env,
          NEO4J_URI: connection.uri,
          NEO4J_USERNAME: connection.username,
          NEO4J_PASSWORD: connection.password,
        },
      },
    );
    if (run.status !== 0) throw new Error(`export ${format} failed: ${run.stderr}`);
    const rss = Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1]) / 1024;
    const wall = Number(/wall-s=([\d.]+)/.exec(run.stderr)?.[1]);
    const size = execFileSync('du', ['-sm', out], { encoding: 'utf8' }).split('\t')[0];
    rows.push(`| ${format} | ${wall.toFixed(1)} | ${rss.toFixed(0)} | ${size} |`);
    rmSync(out, { recursive: true, force: true });
  }
  process.stdout.write(
    `${count} papers: ${nodes} nodes, ${links} relationships (page size ${values['page-size']}, ` +
      `heap cap ${values['max-old-space-mb'] ?? 'none'}); loaded in ${loadSeconds.toFixed(0)} s, ${how}; ` +
      `load average ${loadAverage()}\n\n` +
      '| format | wall s | peak RSS MB | files MB |\n|---|---|---|---|\n' +
      `${rows.join('\n')}\n`,
  );
} finally {
  if (values.reuse) {
    // The kept graph stays for the next run: an orderly stop leaves a clean store.
    await stopLocalServer(home);
    await server?.stop();
  } else {
    await server?.stop({ kill: true });
    rmSync(home, { recursive: true, force: true });
  }
}
