import { ConfigError, loadConfig } from './config.ts';
import { openGraph, SERVING_DRIVER_OPTIONS } from './graph/open-graph.ts';
import { listen, onShutdown } from './server/http-server.ts';
import { createLogger } from './server/logger.ts';
import { createMetrics } from './server/metrics.ts';
import { keepSimilarityWeightsCurrent } from './server/weights-refresher.ts';
import { createYogaServer } from './server/yoga.ts';

/**
 * Process entry: config → Neo4j (migrated) → GraphQL server → listen. SIGTERM stops accepting,
 * lets in-flight requests finish (bounded by KG_SHUTDOWN_TIMEOUT_MS), closes the driver, exits 0.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.operations.logLevel);
  const metrics = createMetrics();
  try {
    const { graph, connection, close } = await openGraph(config, {
      driver: SERVING_DRIVER_OPTIONS,
      ...metrics.graphHooks,
    });
    const yoga = createYogaServer({
      graph,
      writeToken: config.server.writeToken,
      corsOrigins: config.server.corsOrigins,
      introspection: config.server.introspection,
      logError: (error) => logger.error({ err: error }, 'masked error'),
      metrics,
      logger,
      responseCacheTtlMs: config.operations.responseCacheTtlMs,
    });
    const server = await listen(yoga, config.server);
    const refresher = keepSimilarityWeightsCurrent(graph, {
      intervalMs: config.operations.similarityRefreshMs,
      log: logger,
    });
    logger.info(
      {
        url: server.url,
        explorer: server.url.replace(/\/graphql$/, '/explore'),
        neo4j: connection.uri,
      },
      'listening',
    );
    onShutdown(
      async () => {
        await server.close(config.operations.shutdownTimeoutMs);
        await refresher.stop();
        await close();
        logger.info('stopped');
        logger.flush();
      },
      (signal) => logger.info({ signal }, 'shutting down'),
    );
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    logger.flush();
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  // A configuration problem comes before the logger exists: plain text, every problem listed.
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});
