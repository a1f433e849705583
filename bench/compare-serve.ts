/**
 * One server of the side-by-side benchmark, in its own process so that its CPU time and memory
 * can be read from /proc: `ours` (this project's yoga server) or `ng` (@neo4j/graphql 7 behind
 * graphql-yoga), both over neo4j-driver to the same database. Listens on 127.0.0.1 with a port
 * the OS picks and prints `listening <port>` on stdout; SIGTERM closes it.
 *
 *   node --import tsx bench/compare-serve.ts ours|ng '<Neo4jConnection as JSON>'
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../src/config.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { createDriver, type Neo4jConnection } from '../src/graph/driver.ts';
import { openGraph, SERVING_DRIVER_OPTIONS } from '../src/graph/open-graph.ts';
import { listen, onShutdown } from '../src/server/http-server.ts';
import { createYogaServer } from '../src/server/yoga.ts';
import { ngTypeDefs } from './ng-type-defs.ts';

const [which, connectionJson] = process.argv.slice(2);
if ((which !== 'ours' && which !== 'ng') || !connectionJson) {
  console.error("usage: compare-serve.ts ours|ng '<connection JSON>'");
  process.exit(2);
}
const connection = JSON.parse(connectionJson) as Neo4jConnection;
const address = { host: '127.0.0.1', port: 0 };

async function serveOurs() {
  const config = loadConfig();
  const opened = await openGraph(config, { connection, driver: SERVING_DRIVER_OPTIONS });
  // The response cache as KG_RESPONSE_CACHE_TTL_S sets it (off unless the parent sets it).
  const yoga = createYogaServer({
    graph: opened.graph,
    logging: false,
    responseCacheTtlMs: config.operations.responseCacheTtlMs,
  });
  const server = await listen(yoga, address);
  return { server, close: () => opened.close() };
}

async function serveNg() {
  const driver = createDriver(connection, SERVING_DRIVER_OPTIONS);
  const neoSchema = new Neo4jGraphQL({ typeDefs: ngTypeDefs(new QueryRegistry()), driver });
  const yoga = createYoga({
    schema: await neoSchema.getSchema(),
    context: () => ({ sessionConfig: { database: connection.database } }),
    graphiql: false,
    landingPage: false,
    logging: false,
  });
  const server = await listen(yoga, address);
  return { server, close: () => driver.close() };
}

const { server, close } = which === 'ours' ? await serveOurs() : await serveNg();
onShutdown(async () => {
  await server.close();
  await close();
});
console.log(`listening ${new URL(server.url).port}`);
