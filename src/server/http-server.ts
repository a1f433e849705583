import { createServer, type Server } from 'node:http';
import type { Config } from '../config.ts';

export interface RunningHttpServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  close(): Promise<void>;
}

/** Serves a request handler (yoga) on the configured host and port; port 0 picks a free one. */
export async function listen(
  handler: Parameters<typeof createServer>[1],
  { host, port }: Config['server'],
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
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Runs `cleanup` once on SIGINT or SIGTERM, then exits. */
export function onShutdown(cleanup: () => Promise<void>): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`${signal}: shutting down…\n`);
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
