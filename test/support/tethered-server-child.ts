// Run as a separate process by neo4j-local.int.test.ts: starts a tethered server, reports its
// pid, then waits to be killed. The test checks that the JVM does not outlive this process.
import { startLocalServer } from '../../src/neo4j-local/local-server.ts';

const [home, cacheDir] = process.argv.slice(2) as [string, string];
const server = await startLocalServer({
  home,
  cacheDir,
  tethered: true,
  heap: '512m',
  pageCache: '64m',
});
process.stdout.write(`${JSON.stringify({ pid: server.pid, uri: server.uri })}\n`);
setInterval(() => {}, 60_000);
