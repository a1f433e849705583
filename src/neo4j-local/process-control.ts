import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** True when `pid` is a live process whose command line mentions `marker` (guards against reused pids). */
export function isProcessAlive(pid: number, marker?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!marker) return true;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    // A zombie has an empty command line: it is gone as far as we are concerned.
    return cmdline.includes(marker);
  } catch {
    // No /proc (macOS): trust the signal check.
    return true;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs` (0: SIGKILL at once). Resolves once it is gone. */
export async function terminate(pid: number, marker: string, graceMs = 60_000): Promise<void> {
  if (!isProcessAlive(pid, marker)) return;
  process.kill(pid, graceMs === 0 ? 'SIGKILL' : 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isProcessAlive(pid, marker)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      await sleep(200);
      return;
    }
    await sleep(100);
  }
}

/** A TCP port nobody listens on at the moment of asking, on loopback. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
