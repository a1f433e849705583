/**
 * The side-by-side benchmark's measurements: a GraphQL server in a child process loaded with
 * autocannon over real HTTP (its CPU time and memory read from /proc), and the floor statement
 * run with the driver in a loop at the same concurrency. Every cell rotates through the sampled
 * inputs, and each request's latency is kept (autocannon's own histogram rounds to whole
 * milliseconds, too coarse for requests of a few milliseconds).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../src/graph/driver.ts';
import type { Row } from '../src/graph/run.ts';
import { type Latency, latency } from './api-measure.ts';
import { floorRead } from './floor-read.ts';

export type Side = 'ours' | 'ng' | 'floor';

export interface CellResult {
  requests: number;
  seconds: number;
  latency: Latency;
  errors: number;
  /** Server CPU (user + system) per request; undefined for the floor (no server). */
  cpuMsPerRequest?: number;
  /** Neo4j's CPU per request, when the benchmark started Neo4j and knows its pid. */
  neo4jCpuMsPerRequest?: number;
  /** Server resident memory at the end of the cell. */
  rssMb?: number;
  /** Every request's latency in ms, for merging rounds. */
  times: number[];
}

export interface RunningServer {
  which: 'ours' | 'ng';
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const serveScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'compare-serve.ts');

/** Starts `compare-serve.ts` in a child process and waits for the port it prints. */
export async function startServer(
  which: 'ours' | 'ng',
  connection: Neo4jConnection,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', serveScript, which, JSON.stringify(connection)],
    // NODE_ENV=production as the image runs it: graphql-js checks types more slowly otherwise.
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', ...env },
    },
  );
  const port = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${which} server exited with ${code}`)));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // An interrupted benchmark exits without stopping its servers: they go with it.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  return {
    which,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid as number,
    stop: async () => {
      process.off('exit', orphan);
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** User + system CPU time of a process so far, in milliseconds. */
export function cpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export interface GraphQLAnswer {
  data?: Record<string, unknown>;
  errors?: { message: string }[];
}

export async function postGraphQL(
  url: string,
  document: string,
  variables: Record<string, unknown>,
): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}

/** autocannon at `connections` for `seconds`, each request the next body in turn. */
export async function httpCell(
  server: RunningServer,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<CellResult> {
  let next = 0;
  const times: number[] = [];
  const cpuBefore = cpuMs(server.pid);
  const options: autocannon.Options = {
    url: server.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    latency: latency(times),
    errors: result.errors + result.non2xx + result.timeouts,
    cpuMsPerRequest: (cpuMs(server.pid) - cpuBefore) / Math.max(1, requests),
    rssMb: rssMb(server.pid),
    times,
  };
}

/** The floor statement through the driver (`floorRead`): `connections` loops for `seconds`. */
export async function floorCell(
  driver: Driver,
  statement: string,
  params: Record<string, unknown>[],
  connections: number,
  seconds: number,
  database: string,
): Promise<CellResult> {
  let next = 0;
  let errors = 0;
  const times: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const input = params[next++ % params.length] as Row;
      const before = performance.now();
      try {
        await floorRead(driver, statement, input, database);
        times.push(performance.now() - before);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return {
    requests: times.length,
    seconds: (performance.now() - started) / 1000,
    latency: latency(times),
    errors,
    times,
  };
}

/** Cells of one side measured in several rounds, merged into one. */
export function mergeCells(cells: CellResult[]): CellResult {
  const requests = cells.reduce((sum, cell) => sum + cell.requests, 0);
  // A per-request figure of the merged cell: the rounds' own, weighted by their requests.
  const perRequest = (key: 'cpuMsPerRequest' | 'neo4jCpuMsPerRequest') =>
    cells.every((cell) => cell[key] !== undefined)
      ? {
          [key]:
            cells.reduce((sum, cell) => sum + (cell[key] ?? 0) * cell.requests, 0) /
            Math.max(1, requests),
        }
      : {};
  const rss = cells.map((cell) => cell.rssMb).filter((value) => value !== undefined);
  return {
    requests,
    seconds: cells.reduce((sum, cell) => sum + cell.seconds, 0),
    latency: latency(cells.flatMap((cell) => cell.times)),
    errors: cells.reduce((sum, cell) => sum + cell.errors, 0),
    ...perRequest('cpuMsPerRequest'),
    ...perRequest('neo4jCpuMsPerRequest'),
    ...(rss.length ? { rssMb: Math.max(...(rss as number[])) } : {}),
    times: [],
  };
}
