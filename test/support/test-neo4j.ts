import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jConnection } from '../../src/graph/driver.ts';
import { startLocalServer } from '../../src/neo4j-local/local-server.ts';
import { isProcessAlive } from '../../src/neo4j-local/process-control.ts';
import { readServerState, serverPaths } from '../../src/neo4j-local/server-files.ts';
import { kgHome } from '../../src/project-paths.ts';

export interface TestNeo4j {
  connection: Neo4jConnection;
  /** One line for the top of the test output: which Neo4j the suite runs against. */
  description: string;
  stop(): Promise<void>;
}

type Env = NodeJS.ProcessEnv;

/** The first line the suite prints says which Neo4j it chose, before the (slow) start. */
const announce = (line: string) => process.stdout.write(`${line}\n`);

/** 1. An explicitly configured server. */
function fromEnvironment(env: Env): TestNeo4j | undefined {
  if (!env.NEO4J_URI) return undefined;
  announce(`Neo4j for tests: NEO4J_URI ${env.NEO4J_URI} (the tests erase its database)`);
  const connection = {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
  return {
    connection,
    description: `Neo4j for tests: NEO4J_URI ${connection.uri}, database "${connection.database}" (the tests erase it)`,
    stop: async () => {},
  };
}

function dockerReachable(env: Env): boolean {
  if (env.DOCKER_HOST) return true;
  return existsSync('/var/run/docker.sock');
}

/** 2. The official image through Testcontainers, where a Docker engine (or podman's Docker API) answers. */
async function fromTestcontainers(env: Env): Promise<TestNeo4j | undefined> {
  if (env.KG_TEST_NEO4J === 'local' || !dockerReachable(env)) return undefined;
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const image = env.KG_TEST_NEO4J_IMAGE ?? 'neo4j:5.26-community';
  announce(`Neo4j for tests: Testcontainers, image ${image} (a Docker engine answers)…`);
  const container = await new Neo4jContainer(image)
    .withPassword('test-password')
    // The settings the local test server gets (below and server-files.ts), so both paths behave alike.
    .withEnvironment({
      NEO4J_db_transaction_timeout: '120s',
      NEO4J_server_memory_heap_initial__size: '1g',
      NEO4J_server_memory_heap_max__size: '1g',
      NEO4J_server_memory_pagecache_size: '256m',
    })
    // The module's default is 2 minutes; a JVM on a busy shared 2-core CI machine can take longer.
    .withStartupTimeout(300_000)
    .start();
  return {
    connection: {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
    },
    description: `Neo4j for tests: Testcontainers, image ${image}, at ${container.getBoltUri()}`,
    stop: async () => {
      await container.stop();
    },
  };
}

/** Folders of test servers whose runs were killed before they could clean up. */
function removeAbandonedTestServers(root: string): void {
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    if (!name.startsWith('test-neo4j-')) continue;
    const home = path.join(root, name);
    const state = readServerState(serverPaths(home));
    if (!state || !isProcessAlive(state.pid, home)) rmSync(home, { recursive: true, force: true });
  }
}

/** 3. A throw-away local server from Maven artifacts, tied to this process so that it never outlives the run. */
async function fromLocalServer(env: Env): Promise<TestNeo4j> {
  const why =
    env.KG_TEST_NEO4J === 'local' ? 'KG_TEST_NEO4J=local' : 'no NEO4J_URI, no Docker engine';
  announce(`Neo4j for tests: a local Neo4j 5.26 Community server from Maven artifacts (${why})…`);
  const root = kgHome();
  removeAbandonedTestServers(root);
  const home = path.join(root, `test-neo4j-${process.pid}`);
  const server = await startLocalServer({
    home,
    cacheDir: path.join(root, 'cache'),
    tethered: true,
    heap: '1g',
    pageCache: '256m',
    log: (line) => process.stdout.write(`${line}\n`),
  });
  return {
    connection: server,
    description: `Neo4j for tests: local Neo4j ${server.version} Community from Maven artifacts at ${server.uri} (pid ${server.pid})`,
    stop: async () => {
      await server.stop({ kill: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The Neo4j the test suite uses, in the project's order: NEO4J_URI, Testcontainers, local server. */
export async function startTestNeo4j(env: Env = process.env): Promise<TestNeo4j> {
  const configured = fromEnvironment(env);
  if (configured) return configured;
  try {
    const container = await fromTestcontainers(env);
    if (container) return container;
  } catch (error) {
    if (env.KG_TEST_NEO4J === 'testcontainers') throw error;
    process.stderr.write(
      `Testcontainers could not start Neo4j (${(error as Error).message.split('\n')[0]}); using a local server.\n`,
    );
  }
  return fromLocalServer(env);
}
