import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../src/graph/driver.ts';
import { hasJava } from '../src/neo4j-local/prerequisites.ts';
import { findFreePort, isProcessAlive } from '../src/neo4j-local/process-control.ts';
import { kgHome, projectRoot } from '../src/project-paths.ts';

const run = promisify(execFile);
const kgBin = path.join(projectRoot, 'bin', 'kg.js');

async function kg(home: string, ...args: string[]) {
  try {
    const { NEO4J_URI: _ignored, ...env } = process.env;
    const { stdout, stderr } = await run('node', [kgBin, ...args], {
      env: { ...env, KG_HOME: home },
      timeout: 170_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function parseShellLines(stdout: string): Record<string, string> {
  return Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
}

async function answers(env: Record<string, string>): Promise<number> {
  const driver = createDriver({
    uri: env.NEO4J_URI as string,
    username: env.NEO4J_USERNAME as string,
    password: env.NEO4J_PASSWORD as string,
    database: 'neo4j',
  });
  try {
    const { records } = await driver.executeQuery('RETURN 41 + 1 AS answer');
    return records[0]?.get('answer') as number;
  } finally {
    await driver.close();
  }
}

async function waitUntilGone(pid: number, marker: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid, marker)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe.skipIf(!hasJava())('the local Neo4j server (kg neo4j)', () => {
  const home = mkdtempSync(path.join(kgHome(), 'cli-test-'));
  afterAll(async () => {
    await kg(home, 'neo4j', 'stop');
    rmSync(home, { recursive: true, force: true });
  });

  it('starts, reports itself, refuses nothing on a second start, stops, and starts again with the same password', async () => {
    const started = await kg(home, 'neo4j', 'start');
    expect(started.code).toBe(0);
    const env = parseShellLines(started.stdout);
    expect(env.NEO4J_URI).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(env.NEO4J_USERNAME).toBe('neo4j');
    expect(await answers(env)).toBe(42);

    const again = await kg(home, 'neo4j', 'start');
    expect(parseShellLines(again.stdout)).toEqual(env);
    const status = await kg(home, 'neo4j', 'status');
    expect(status.code).toBe(0);
    const pid = Number(/pid (\d+)/.exec(status.stderr)?.[1]);

    const stopped = await kg(home, 'neo4j', 'stop');
    expect(stopped.stderr).toMatch(/Neo4j stopped/);
    expect(isProcessAlive(pid, home)).toBe(false);
    expect((await kg(home, 'neo4j', 'status')).code).toBe(1);
    expect((await kg(home, 'neo4j', 'stop')).stderr).toMatch(/No local Neo4j was running/);

    const port = await findFreePort();
    const restarted = await kg(home, 'neo4j', 'start', '--port', String(port));
    const env2 = parseShellLines(restarted.stdout);
    expect(env2.NEO4J_URI).toBe(`bolt://127.0.0.1:${port}`);
    expect(env2.NEO4J_PASSWORD).toBe(env.NEO4J_PASSWORD);
    expect(await answers(env2)).toBe(42);
  }, 300_000);

  it('kills a tethered server when the process that started it is killed', async () => {
    const tetherHome = mkdtempSync(path.join(kgHome(), 'tether-test-'));
    const child = spawn(
      'node',
      [
        '--import',
        'tsx',
        path.join(projectRoot, 'test/support/tethered-server-child.ts'),
        tetherHome,
        path.join(kgHome(), 'cache'),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
        child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
      });
      const { pid } = JSON.parse(line) as { pid: number };
      expect(isProcessAlive(pid, tetherHome)).toBe(true);
      child.kill('SIGKILL');
      expect(await waitUntilGone(pid, tetherHome, 30_000)).toBe(true);
    } finally {
      child.kill('SIGKILL');
      rmSync(tetherHome, { recursive: true, force: true });
    }
  });
});
