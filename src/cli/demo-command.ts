import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import type { Neo4jConnection } from '../graph/driver.ts';
import { openGraph, SERVING_DRIVER_OPTIONS } from '../graph/open-graph.ts';
import { refreshSimilarityWeights } from '../graph/similarity-weights.ts';
import { ingestPapers } from '../ingest/ingest-papers.ts';
import { readPapers } from '../ingest/read-papers.ts';
import {
  findRunningServer,
  startLocalServer,
  stopLocalServer,
} from '../neo4j-local/local-server.ts';
import { projectRoot } from '../project-paths.ts';
import { listen, onShutdown } from '../server/http-server.ts';
import { keepSimilarityWeightsCurrent } from '../server/weights-refresher.ts';
import { createYogaServer } from '../server/yoga.ts';

const DEMO_CORPUS = path.join(projectRoot, 'examples', 'demo-papers.txt');
const info = (line: string) => process.stderr.write(`${line}\n`);

/** NEO4J_URI, else the running local server, else a local server started for the demo (and stopped with it). */
async function demoNeo4j(
  config: ReturnType<typeof loadConfig>,
): Promise<{ connection?: Neo4jConnection; stop(): Promise<void> }> {
  if (config.neo4j.uri || findRunningServer(config.localNeo4j.home))
    return { stop: async () => {} };
  const server = await startLocalServer({ ...config.localNeo4j, log: info });
  return {
    connection: { ...server, database: config.neo4j.database },
    stop: async () => {
      info('Stopping the demo Neo4j…');
      await stopLocalServer(config.localNeo4j.home);
    },
  };
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'bring up Neo4j, load the demo papers from examples/, and serve GraphQL with GraphiQL',
    )
    .option('--port <port>', 'HTTP port (default: PORT or 4000)', (value) =>
      Number.parseInt(value, 10),
    )
    .action(async (options: { port?: number }) => {
      const config = loadConfig();
      const neo4j = await demoNeo4j(config);
      try {
        const { graph, connection, close } = await openGraph(config, {
          connection: neo4j.connection,
          driver: SERVING_DRIVER_OPTIONS,
        });
        const { papers } = readPapers(DEMO_CORPUS);
        const summary = await ingestPapers(graph, papers);
        await refreshSimilarityWeights(graph);
        info(
          `Loaded ${papers.length} demo papers into ${connection.uri} (${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged).`,
        );
        const yoga = createYogaServer({
          graph,
          writeToken: config.server.writeToken,
          corsOrigins: config.server.corsOrigins,
          logError: (error) => console.error('[graphql]', error),
        });
        const server = await listen(yoga, {
          ...config.server,
          port: options.port ?? config.server.port,
        });
        const refresher = keepSimilarityWeightsCurrent(graph, {
          intervalMs: config.operations.similarityRefreshMs,
          log: {
            info: () => {},
            warn: (fields, message) =>
              info(`${message}: ${(fields as { err?: Error }).err?.message ?? 'unknown error'}`),
          },
        });
        process.stdout.write(`GraphiQL is ready: ${server.url}\n`);
        info(`The graph explorer: ${server.url.replace(/\/graphql$/, '/explore')}`);
        info('Press Ctrl-C to stop.');
        onShutdown(async () => {
          await server.close();
          await refresher.stop();
          await close();
          await neo4j.stop();
        });
      } catch (error) {
        await neo4j.stop();
        throw error;
      }
    });
}
