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
  const home = path.join(kgHome(), 'bench-neo4j');
  // A previous run killed hard may have left its folder (its tethered JVM died with it).
  await stopLocalServer(home, { kill: true });
  rmSync(home, { recursive: true, force: true });
  const server = await startLocalServer({
    home,
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
    description: `dedicated local server in ${home} (heap ${BENCH_HEAP}, page cache ${BENCH_PAGE_CACHE})`,
    // The data is throw-away: no orderly shutdown needed, and kill is immediate.
    stop: () => server.stop({ kill: true }),
  };
}
