import type { Config } from '../config.ts';
import { findRunningServer } from '../neo4j-local/local-server.ts';
import { HOW_TO_GET_NEO4J } from '../neo4j-local/prerequisites.ts';
import type { Neo4jConnection } from './driver.ts';

export class NoNeo4jError extends Error {
  override name = 'NoNeo4jError';
}

/**
 * The Neo4j every command and the server use: NEO4J_URI when set, else the local server that
 * `kg neo4j start` is running for this project.
 */
export function resolveConnection(config: Config): Neo4jConnection & { source: 'env' | 'local' } {
  const { uri, username, password, database } = config.neo4j;
  if (uri) return { uri, username, password: password ?? '', database, source: 'env' };
  const local = findRunningServer(config.localNeo4j.home);
  if (local) {
    return {
      uri: local.uri,
      username: local.username,
      password: local.password,
      database,
      source: 'local',
    };
  }
  throw new NoNeo4jError(
    `No Neo4j to talk to: NEO4J_URI is not set and no local server runs from ${config.localNeo4j.home}.\n` +
      `Run \`npx kg neo4j start\` first, or:\n${HOW_TO_GET_NEO4J}`,
  );
}
