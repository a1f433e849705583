import path from 'node:path';
import { startLocalServer } from '../../src/neo4j-local/local-server.ts';
import { kgHome } from '../../src/project-paths.ts';

/**
 * A small local Neo4j of a test's own, in `home`, tethered to the test process: tests that stop
 * or kill Neo4j, or import into a fresh one, never touch the suite's shared server. Restart it on the same `port` to
 * bring the database back where the driver expects it.
 */
export function startFaultNeo4j(home: string, port?: number) {
  return startLocalServer({
    home,
    cacheDir: path.join(kgHome(), 'cache'),
    tethered: true,
    heap: '512m',
    pageCache: '64m',
    port,
  });
}
