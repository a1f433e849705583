/**
 * The Neo4j the ingest benchmark may wipe: its own local server in `.kg/bench-neo4j` (deleted and
 * recreated on every run, never the user's `.kg/neo4j`), or `NEO4J_URI` only when the caller
 * says with `KG_BENCH_ALLOW_WIPE=1` that its data may go.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import type { Neo4jConnection } from '../src/graph/driver.ts';
import { startLocalServer, stopLocalServer } from '../src/neo4j-local/local-server.ts';
import { kgHome } from '../src/project-paths.ts';

export interface BenchNeo4j {
  connection: Neo4jConnection;
  /** The JVM's pid when the benchmark started it, to read its peak memory. */
  pid?: number;
  description: string;
  stop(): Promise<void>;
}

export const BENCH_HEAP = '4g';
export const BENCH_PAGE_CACHE = '2g';
export const BENCH_HOME = path.join(kgHome(), 'bench-neo4j');

export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    if (process.env.KG_BENCH_ALLOW_WIPE !== '1') {
      throw new Error(
        `NEO4J_URI is set (${config.neo4j.uri}): the benchmark deletes all its data, so it only uses it with KG_BENCH_ALLOW_WIPE=1. Unset NEO4J_URI to use a dedicated local server.`,
      );
    }
    const { uri, username, password = '', database } = config.neo4j;
    return {
      connection: { uri, username, password, database },
      description: `NEO4J_URI ${uri} (wiped; KG_BENCH_ALLOW_WIPE=1)`,
      stop: async () => {},
    };
  }
  // A previous run killed hard may have left its folder (its tethered JVM died with it).
  await stopLocalServer(BENCH_HOME, { kill: true });
  rmSync(BENCH_HOME, { recursive: true, force: true });
  return startDedicatedNeo4j(log);
}

/** The bench's own local server in BENCH_HOME, as the folder is (fresh or kept by a previous run). */
export async function startDedicatedNeo4j(
  log: (line: string) => void,
  note = '',
): Promise<BenchNeo4j> {
  const server = await startLocalServer({
    home: BENCH_HOME,
    cacheDir: path.join(kgHome(), 'cache'),
    heap: BENCH_HEAP,
    pageCache: BENCH_PAGE_CACHE,
    tethered: true,
    log,
  });
  return {
    connection: {
      uri: server.uri,
      username: server.username,
      password: server.password,
      database: 'neo4j',
    },
    pid: server.pid,
    description: `dedicated local server in ${BENCH_HOME} (heap ${BENCH_HEAP}, page cache ${BENCH_PAGE_CACHE})${note}`,
    // The data is throw-away: no orderly shutdown needed, and kill is immediate.
    stop: () => server.stop({ kill: true }),
  };
}

/**
 * Runs a benchmark against `neo4j` and always stops it: at the end, on an error, on SIGINT or
 * SIGTERM, and past `maxMinutes`. Causes of a failure are logged down to the driver's message.
 */
export async function runWithNeo4j(
  neo4j: BenchNeo4j,
  options: { maxMinutes: number; log: (line: string) => void; stop?: () => Promise<void> },
  run: (neo4j: BenchNeo4j) => Promise<void>,
): Promise<void> {
  const { log, maxMinutes } = options;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (options.stop ?? (() => neo4j.stop()))();
    return stopping;
  };
  const abort = (reason: string, code: number) => {
    log(reason);
    void stop().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => abort('interrupted: stopping Neo4j', 130));
  process.once('SIGTERM', () => abort('terminated: stopping Neo4j', 143));
  const deadline = setTimeout(
    () => abort(`over the ${maxMinutes}-minute limit: stopping Neo4j`, 3),
    maxMinutes * 60_000,
  );
  deadline.unref();
  try {
    await run(neo4j);
  } catch (error) {
    // The gateway wraps driver errors; the Neo4j message is in the cause.
    for (let cause: unknown = error; cause; cause = (cause as Error).cause)
      log(`failed: ${(cause as Error).stack ?? cause}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(deadline);
    await stop();
  }
}
