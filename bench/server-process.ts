/**
 * The real API server (`src/main.ts`) in a child process on a loopback port, so that a benchmark
 * measures it over HTTP as clients do and can read its memory from /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Neo4jConnection } from '../src/graph/driver.ts';
import { projectRoot } from '../src/project-paths.ts';

export interface ServerProcess {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  /** Resident memory of the server process, in bytes (VmRSS). */
  rss(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startServerProcess(
  connection: Neo4jConnection,
  log: (line: string) => void,
): Promise<ServerProcess> {
  const port = await freePort();
  // `node --import tsx`, not the tsx CLI: the CLI runs the server in a grandchild, whose memory
  // would not be the pid's.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'src/main.ts')],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        // As the image runs it: graphql-js checks types more slowly otherwise.
        NODE_ENV: 'production',
        NEO4J_URI: connection.uri,
        NEO4J_USERNAME: connection.username,
        NEO4J_PASSWORD: connection.password,
        NEO4J_DATABASE: connection.database,
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
    const up = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become ready within 120 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid as number;
  log(`API server pid ${pid} at ${url}`);
  return {
    url,
    pid,
    rss: () => {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return Number(match?.[1] ?? 0) * 1024;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
