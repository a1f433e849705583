import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../../src/graph/driver.ts';
import { startTestNeo4j } from './test-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/** Starts (or finds) the one Neo4j the integration tests share, and says which on the first line. */
export default async function setup(project: TestProject) {
  const neo4j = await startTestNeo4j();
  process.stdout.write(`${neo4j.description}\n`);
  const { uri, username, password, database } = neo4j.connection;
  project.provide('neo4j', { uri, username, password, database });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await neo4j.stop();
  };
  // Ctrl-C: stop the server in order rather than leave it to the tether.
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  return stop;
}
