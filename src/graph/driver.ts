import neo4j, { type Driver } from 'neo4j-driver';

/** Where and how to reach Neo4j; `database` is always named explicitly on every session. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface DriverOptions {
  /** Upper bound for any transaction the driver runs, unless a query sets its own. */
  maxTransactionRetryTimeMs?: number;
  connectionTimeoutMs?: number;
}

/** How long the driver retries a transaction that failed on a transient error, unless told. */
export const DEFAULT_RETRY_TIME_MS = 10_000;

/** `bolt://` and routing `neo4j://` URIs alike; the driver picks the routing mode from the scheme. */
export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? DEFAULT_RETRY_TIME_MS,
    disableLosslessIntegers: true,
    userAgent: 'paper-graph',
  });
}

/**
 * Polls until the server answers a query with these credentials or `timeoutMs` passes.
 * `stillStarting` lets a caller that owns the server give up as soon as its process has died.
 */
export async function waitForNeo4j(
  connection: Neo4jConnection,
  {
    timeoutMs = 120_000,
    stillStarting = () => true,
  }: { timeoutMs?: number; stillStarting?: () => boolean } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline && stillStarting()) {
    const driver = createDriver(connection, { connectionTimeoutMs: 2_000 });
    try {
      await driver.executeQuery('RETURN 1', {}, { database: connection.database });
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await driver.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError ?? 'no answer');
  throw new Error(
    stillStarting()
      ? `Neo4j at ${connection.uri} did not answer within ${Math.round(timeoutMs / 1000)} s: ${reason}`
      : `The Neo4j process exited before ${connection.uri} answered (${reason})`,
  );
}
