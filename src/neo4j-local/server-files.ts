import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The layout of one local server's folder (`.kg/neo4j` for the CLI, a fresh one per test run). */
export function serverPaths(home: string) {
  return {
    home,
    conf: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    jvmArgs: path.join(home, 'conf', 'jvm.args'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    consoleLog: path.join(home, 'logs', 'console.log'),
    neo4jLog: path.join(home, 'logs', 'neo4j.log'),
    credentials: path.join(home, 'credentials.json'),
    state: path.join(home, 'server.json'),
    javaPid: path.join(home, 'java.pid'),
  };
}

export type ServerPaths = ReturnType<typeof serverPaths>;

export interface ServerSettings {
  boltPort: number;
  heap: string;
  pageCache: string;
}

/** Loopback only, authentication on, no HTTP connector and no usage reports (the machine is offline). */
export function writeNeo4jConf(paths: ServerPaths, settings: ServerSettings): void {
  mkdirSync(paths.conf, { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  const lines = [
    '# Written by `kg neo4j start`; rewritten on every start.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${settings.pageCache}`,
    // Bounds every transaction, so no request can keep the server busy forever.
    'db.transaction.timeout=120s',
    // Do not hold a stop for ten seconds waiting on idle transactions.
    'db.shutdown_transaction_end_timeout=2s',
  ];
  writeFileSync(paths.confFile, `${lines.join('\n')}\n`);
}

/**
 * JVM options go into an argument file so that `ps` shows a short command line. Without `heap`
 * the JVM picks its own, as Neo4j's launcher does: the local stand-in image for
 * neo4j:5.26-community (images/neo4j/) bakes this file in and takes the heap from NEO4J_* settings.
 */
export function writeJvmArgs(paths: ServerPaths, classpath: string[], heap?: string): void {
  const args = [
    ...(heap ? [`-Xms${heap}`, `-Xmx${heap}`] : []),
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    // The same module openings Neo4j's own launcher passes on Java 17.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-cp',
    `"${classpath.join(path.delimiter)}"`,
  ];
  writeFileSync(paths.jvmArgs, `${args.join('\n')}\n`);
}

interface Credentials {
  username: string;
  password: string;
}

/** The password is chosen once per server folder: the database keeps it across restarts. */
export function loadOrCreateCredentials(paths: ServerPaths): Credentials & { isNew: boolean } {
  if (existsSync(paths.credentials)) {
    return {
      ...(JSON.parse(readFileSync(paths.credentials, 'utf8')) as Credentials),
      isNew: false,
    };
  }
  // A leading letter: base64url can start with '-', which the admin tool would read as an option.
  const credentials = { username: 'neo4j', password: `kg${randomBytes(18).toString('base64url')}` };
  mkdirSync(paths.home, { recursive: true });
  writeFileSync(paths.credentials, JSON.stringify(credentials), { mode: 0o600 });
  return { ...credentials, isNew: true };
}

/** What `kg neo4j status`, `npm start` and the other commands read to find a running server. */
export interface ServerState {
  pid: number;
  uri: string;
  username: string;
  password: string;
  database: string;
  boltPort: number;
  version: string;
  home: string;
  startedAt: string;
}

export function readServerState(paths: ServerPaths): ServerState | undefined {
  if (!existsSync(paths.state)) return undefined;
  try {
    return JSON.parse(readFileSync(paths.state, 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

export function writeServerState(paths: ServerPaths, state: ServerState): void {
  writeFileSync(paths.state, JSON.stringify(state, null, 2), { mode: 0o600 });
}

export function clearServerState(paths: ServerPaths): void {
  rmSync(paths.state, { force: true });
  rmSync(paths.javaPid, { force: true });
}
