import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import {
  findRunningServer,
  startLocalServer,
  stopLocalServer,
} from '../neo4j-local/local-server.ts';

/** Lines a shell can source: `set -a; . <(npx kg neo4j start); set +a`. */
function shellLines(server: {
  uri: string;
  username: string;
  password: string;
  database: string;
}): string {
  return [
    `NEO4J_URI=${server.uri}`,
    `NEO4J_USERNAME=${server.username}`,
    `NEO4J_PASSWORD=${server.password}`,
    `NEO4J_DATABASE=${server.database}`,
  ].join('\n');
}

const info = (line: string) => process.stderr.write(`${line}\n`);

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description(
      'run a local Neo4j 5.26 Community server from Maven Central artifacts (no Docker needed)',
    );

  neo4j
    .command('start')
    .description('start the server on 127.0.0.1, wait until Bolt answers, print NEO4J_* lines')
    .option('--port <port>', 'Bolt port (default: a free port)', (value) =>
      Number.parseInt(value, 10),
    )
    .option('--heap <size>', 'JVM heap, e.g. 1g')
    .action(async (options: { port?: number; heap?: string }) => {
      const { localNeo4j } = loadConfig();
      const server = await startLocalServer({
        home: localNeo4j.home,
        cacheDir: localNeo4j.cacheDir,
        port: options.port,
        heap: options.heap ?? localNeo4j.heap,
        pageCache: localNeo4j.pageCache,
        log: info,
      });
      info(
        `Neo4j ${server.version} is up at ${server.uri} (pid ${server.pid}). Stop it with \`npx kg neo4j stop\`.`,
      );
      process.stdout.write(`${shellLines(server)}\n`);
    });

  neo4j
    .command('status')
    .description('say whether the local server runs, and where; exit 1 when it does not')
    .action(() => {
      const { localNeo4j } = loadConfig();
      const server = findRunningServer(localNeo4j.home);
      if (!server) {
        info(`No local Neo4j is running from ${localNeo4j.home}.`);
        process.exitCode = 1;
        return;
      }
      info(
        `Neo4j ${server.version} is running at ${server.uri} (pid ${server.pid}, since ${server.startedAt}).`,
      );
      process.stdout.write(`${shellLines(server)}\n`);
    });

  neo4j
    .command('stop')
    .description('stop the local server and wait until it has exited')
    .action(async () => {
      const { localNeo4j } = loadConfig();
      const stopped = await stopLocalServer(localNeo4j.home);
      info(stopped ? 'Neo4j stopped.' : `No local Neo4j was running from ${localNeo4j.home}.`);
    });
}
