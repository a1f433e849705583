import type { Config } from '../config.ts';
import { unavailable } from '../domain/errors.ts';
import { resolveConnection } from './connection.ts';
import { QueryRegistry } from './cypher.ts';
import {
  createDriver,
  DEFAULT_RETRY_TIME_MS,
  type DriverOptions,
  type Neo4jConnection,
} from './driver.ts';
import { migrate } from './migrate.ts';
import { Graph, type GraphOptions } from './run.ts';

/**
 * For the API server: a request fails fast with UNAVAILABLE while Neo4j is away instead of
 * hanging in retries, and the next request after Neo4j returns succeeds (the pool reconnects).
 */
export const SERVING_DRIVER_OPTIONS: DriverOptions = {
  connectionTimeoutMs: 2_000,
  maxTransactionRetryTimeMs: 2_000,
};

export interface OpenGraph {
  graph: Graph;
  connection: Neo4jConnection;
  close(): Promise<void>;
}

/** Connects to the configured Neo4j, applies pending migrations, and returns the query gateway. */
export async function openGraph(
  config: Config,
  options: Omit<GraphOptions, 'database'> & {
    connection?: Neo4jConnection;
    driver?: DriverOptions;
  } = {},
): Promise<OpenGraph> {
  const connection = options.connection ?? resolveConnection(config);
  const driver = createDriver(connection, options.driver);
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    throw unavailable(
      `Cannot reach Neo4j at ${connection.uri}: ${(error as Error).message}`,
      error,
    );
  }
  try {
    await migrate(driver, connection.database);
  } catch (error) {
    await driver.close();
    throw error;
  }
  const graph = new Graph(driver, new QueryRegistry(), {
    retryTimeMs: options.driver?.maxTransactionRetryTimeMs ?? DEFAULT_RETRY_TIME_MS,
    ...options,
    database: connection.database,
  });
  return { graph, connection, close: () => driver.close() };
}
