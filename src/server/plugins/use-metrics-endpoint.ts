import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';

/** `GET /metrics`: the registry in Prometheus's text format, for a scraper. */
export function useMetricsEndpoint(registry: Registry, path = '/metrics'): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      endResponse(
        new fetchAPI.Response(await registry.metrics(), {
          headers: { 'content-type': registry.contentType },
        }),
      );
    },
  };
}
