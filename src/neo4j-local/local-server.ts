import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { waitForNeo4j } from '../graph/driver.ts';
import { resolveNeo4jDistribution } from './maven-classpath.ts';
import { findJava } from './prerequisites.ts';
import { findFreePort, isProcessAlive, terminate } from './process-control.ts';
import {
  clearServerState,
  loadOrCreateCredentials,
  readServerState,
  type ServerPaths,
  type ServerState,
  serverPaths,
  writeJvmArgs,
  writeNeo4jConf,
  writeServerState,
} from './server-files.ts';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
export const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

export interface StartOptions {
  /** The server's folder: configuration, data, logs, credentials. */
  home: string;
  /** Where the resolved class path is cached. */
  cacheDir: string;
  /** Bolt port; a free one when absent. */
  port?: number;
  heap?: string;
  pageCache?: string;
  /**
   * Tie the server's life to this process: when it exits, however it exits, the JVM is stopped.
   * Tests use this so that an interrupted run leaves no Neo4j behind.
   */
  tethered?: boolean;
  log?: (line: string) => void;
}

export interface LocalServer extends ServerState {
  /**
   * Stops the JVM and waits for it to exit. `kill` skips Neo4j's orderly shutdown (about ten
   * seconds): for throw-away test servers and for tests that simulate a crash.
   */
  stop(options?: { kill?: boolean }): Promise<void>;
}

/** Where neo4j-admin finds the server's folder and configuration. */
export function adminEnv(paths: ServerPaths): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
}

function setInitialPassword(java: string, paths: ServerPaths, password: string): void {
  const result = spawnSync(
    java,
    [`@${paths.jvmArgs}`, ADMIN_TOOL, 'dbms', 'set-initial-password', password],
    {
      env: adminEnv(paths),
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `neo4j-admin dbms set-initial-password failed: ${result.stderr || result.stdout}`,
    );
  }
}

function logTail(paths: ServerPaths, lines = 20): string {
  const parts = [paths.consoleLog, paths.neo4jLog]
    .filter((file) => existsSync(file))
    .map(
      (file) =>
        `--- ${file}\n${readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n')}`,
    );
  return parts.join('\n');
}

/**
 * A child that runs the JVM and kills it when our end of its stdin closes, which the kernel does
 * whenever this process exits, even on SIGKILL. It runs in its own process group so that a
 * Ctrl-C in the terminal reaches us first and we stop the server in order. Tethered servers are
 * throw-away (tests), so the JVM gets SIGKILL rather than a ten-second orderly shutdown.
 */
function spawnTethered(java: string, args: string[], paths: ServerPaths): ChildProcess {
  const log = openSync(paths.consoleLog, 'a');
  const script = `"$@" <&- & j=$!; echo $j > '${paths.javaPid}'; cat > /dev/null; kill -9 $j 2>/dev/null; wait $j`;
  return spawn('sh', ['-c', script, 'neo4j-tether', java, ...args], {
    env: adminEnv(paths),
    stdio: ['pipe', log, log],
    detached: true,
  });
}

function spawnDetached(java: string, args: string[], paths: ServerPaths): ChildProcess {
  const log = openSync(paths.consoleLog, 'a');
  const child = spawn(java, args, {
    env: adminEnv(paths),
    stdio: ['ignore', log, log],
    detached: true,
  });
  child.unref();
  return child;
}

async function readJavaPid(
  paths: ServerPaths,
  child: ChildProcess,
  tethered: boolean,
): Promise<number> {
  if (!tethered) return child.pid as number;
  for (let i = 0; i < 100; i++) {
    if (existsSync(paths.javaPid)) {
      const pid = Number(readFileSync(paths.javaPid, 'utf8').trim());
      if (pid > 0) return pid;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The Neo4j launcher did not report the JVM process id');
}

/** The server recorded in `home`, if its JVM is still running. */
export function findRunningServer(home: string): ServerState | undefined {
  const paths = serverPaths(home);
  const state = readServerState(paths);
  if (!state) return undefined;
  if (isProcessAlive(state.pid, paths.home)) return state;
  clearServerState(paths);
  return undefined;
}

/** Starts Neo4j Community from Maven artifacts and resolves once Bolt answers with the credentials. */
export async function startLocalServer(options: StartOptions): Promise<LocalServer> {
  const log = options.log ?? (() => {});
  const paths = serverPaths(path.resolve(options.home));
  const running = findRunningServer(paths.home);
  if (running) {
    log(`Neo4j is already running from ${paths.home} (pid ${running.pid}).`);
    return {
      ...running,
      stop: async (stopOptions) => {
        await stopLocalServer(paths.home, stopOptions);
      },
    };
  }
  const java = findJava();
  const distribution = resolveNeo4jDistribution(options.cacheDir, log);
  // Port 0 means "any free port", as it does for listen(2).
  const boltPort = options.port || (await findFreePort());
  const heap = options.heap ?? '1g';
  writeNeo4jConf(paths, { boltPort, heap, pageCache: options.pageCache ?? '512m' });
  writeJvmArgs(paths, distribution.classpath, heap);
  const credentials = loadOrCreateCredentials(paths);
  // The admin tool only takes effect before the first start (which creates the system
  // database); a folder that only holds a database made by `database import` still needs it.
  if (!existsSync(path.join(paths.data, 'databases', 'system')))
    setInitialPassword(java, paths, credentials.password);

  const args = [
    `@${paths.jvmArgs}`,
    ENTRY_POINT,
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
  ];
  const tethered = options.tethered ?? false;
  log(`Starting Neo4j ${distribution.version} on 127.0.0.1:${boltPort} (data in ${paths.data})…`);
  const child = tethered ? spawnTethered(java, args, paths) : spawnDetached(java, args, paths);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const pid = await readJavaPid(paths, child, tethered);
  const state: ServerState = {
    pid,
    uri: `bolt://127.0.0.1:${boltPort}`,
    username: credentials.username,
    password: credentials.password,
    database: 'neo4j',
    boltPort,
    version: distribution.version,
    home: paths.home,
    startedAt: new Date().toISOString(),
  };
  writeServerState(paths, state);
  try {
    await waitForNeo4j(state, { stillStarting: () => !exited && isProcessAlive(pid) });
  } catch (error) {
    await stopLocalServer(paths.home);
    throw new Error(`${(error as Error).message}\n${logTail(paths)}`);
  }
  const stop = async (stopOptions: { kill?: boolean } = {}) => {
    await stopLocalServer(paths.home, stopOptions);
    if (tethered) child.stdin?.end();
  };
  return { ...state, stop };
}

/** Stops the server recorded in `home`; a no-op when none runs. */
export async function stopLocalServer(
  home: string,
  { kill = false }: { kill?: boolean } = {},
): Promise<boolean> {
  const paths = serverPaths(path.resolve(home));
  const state = readServerState(paths);
  if (!state) return false;
  const wasRunning = isProcessAlive(state.pid, paths.home);
  await terminate(state.pid, paths.home, kill ? 0 : 60_000);
  clearServerState(paths);
  return wasRunning;
}
