import { createServer, type Server } from 'node:http';
import type { Config } from '../config.ts';

export interface RunningHttpServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /**
   * Stops accepting connections and resolves once every open one has ended. Requests in flight
   * may finish for up to `graceMs` (0: cut at once); idle keep-alive connections are closed
   * as soon as they are idle, so that they do not hold the process for the whole grace period.
   */
  close(graceMs?: number): Promise<void>;
}

/** Serves a request handler (yoga) on the configured host and port; port 0 picks a free one. */
export async function listen(
  handler: Parameters<typeof createServer>[1],
  { host, port }: Pick<Config['server'], 'host' | 'port'>,
): Promise<RunningHttpServer> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${actualPort}/graphql`,
    close: (graceMs = 0) =>
      new Promise<void>((resolve) => {
        const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(idleSweep);
          clearTimeout(deadline);
          resolve();
        });
        if (graceMs === 0) server.closeAllConnections();
        else server.closeIdleConnections();
      }),
  };
}

/** Runs `cleanup` once on SIGINT or SIGTERM, then exits (0 when it succeeded). */
export function onShutdown(
  cleanup: () => Promise<void>,
  announce: (signal: NodeJS.Signals) => void = (signal) =>
    process.stderr.write(`${signal}: shutting down…\n`),
): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    announce(signal);
    cleanup()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`shutdown failed: ${(error as Error).message}\n`);
        process.exit(1);
      });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
