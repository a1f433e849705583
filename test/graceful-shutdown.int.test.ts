import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, inject, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

/** The server as the container runs it: `node --import tsx src/main.ts`, its own process. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === 'listening') resolve(entry.url as string);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, logs, listening, exited, stderr: () => stderr };
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('the server process', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('on SIGTERM stops accepting, finishes the request in flight, closes the driver and exits 0', async () => {
    const neo4j = inject('neo4j');
    const server = startServer({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
    });
    child = server.child;
    const url = new URL(await server.listening);
    const port = Number(url.port);

    // A slow client: the request is in flight (headers sent, body half-way) when SIGTERM lands.
    const body = JSON.stringify({ query: 'query InFlight { stats { labels { name count } } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(async () => {
          // Closed for new connections while the old one is still being served.
          expect(await refusesConnections(port)).toBe(true);
          req.end(body.slice(10));
        }, 500);
      }, 300);
    });

    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.stats.labels.length).toBeGreaterThan(0);
    const [code] = await server.exited;
    expect(code).toBe(0);
    const messages = server.logs.map((entry) => entry.msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'request', 'stopped']));
    expect(messages.indexOf('request')).toBeLessThan(messages.indexOf('stopped'));
  });

  it('refuses to start on bad configuration, listing every problem, with a non-zero exit', async () => {
    const server = startServer({ NEO4J_URI: 'http://db', PORT: 'eighty', LOG_LEVEL: 'loud' });
    child = server.child;
    const [code] = await server.exited;
    expect(code).toBe(1);
    for (const setting of ['NEO4J_URI', 'PORT', 'LOG_LEVEL', 'NEO4J_PASSWORD']) {
      expect(server.stderr()).toContain(`  - ${setting}:`);
    }
    await expect(server.listening).rejects.toThrow(/exited with 1/);
  });
});
