import { loadConfig } from './config.ts';
import { openGraph, SERVING_DRIVER_OPTIONS } from './graph/open-graph.ts';
import { listen, onShutdown } from './server/http-server.ts';
import { createYogaServer } from './server/yoga.ts';

/** Process entry: config → Neo4j (migrated) → GraphQL server → listen. SIGTERM closes the server, then the driver. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { graph, connection, close } = await openGraph(config, { driver: SERVING_DRIVER_OPTIONS });
  const yoga = createYogaServer({
    graph,
    writeToken: config.server.writeToken,
    corsOrigins: config.server.corsOrigins,
    introspection: config.server.introspection,
    logError: (error) => console.error('[graphql]', error),
  });
  const server = await listen(yoga, config.server);
  console.log(`GraphQL and GraphiQL at ${server.url} (Neo4j ${connection.uri})`);
  onShutdown(async () => {
    await server.close();
    await close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
