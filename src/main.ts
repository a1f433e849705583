import { createServer } from 'node:http';
import { loadConfig } from './config.ts';
import { openGraph } from './graph/open-graph.ts';
import { createYogaServer } from './server/yoga.ts';

/** Process entry: config → Neo4j (migrated) → GraphQL server → listen. SIGTERM closes the server, then the driver. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { graph, connection, close } = await openGraph(config);
  const yoga = createYogaServer({ graph, logError: (error) => console.error('[graphql]', error) });
  const server = createServer(yoga);
  await new Promise<void>((resolve) =>
    server.listen(config.server.port, config.server.host, resolve),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const host = config.server.host === '0.0.0.0' ? 'localhost' : config.server.host;
  console.log(`GraphQL and GraphiQL at http://${host}:${port}/graphql (Neo4j ${connection.uri})`);
  const shutdown = () => {
    server.close(() => void close().then(() => process.exit(0)));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
