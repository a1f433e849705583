import type { Plugin } from 'graphql-yoga';

/**
 * `GET /ready`: 200 when the database answers, 503 when it does not, so that a load balancer
 * stops sending traffic while Neo4j is away. `/health` (yoga's own) only says the process is up.
 */
export function useReadiness(isReady: () => Promise<boolean>, path = '/ready'): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const ready = await isReady();
      endResponse(
        new fetchAPI.Response(JSON.stringify({ ready }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
