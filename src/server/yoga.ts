import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, type YogaServerInstance } from 'graphql-yoga';
import { AppError } from '../domain/errors.ts';
import type { Graph } from '../graph/run.ts';
import { schema } from '../graphql/schema.ts';
import { type Context, createContext } from './context.ts';
import { corsFor } from './cors.ts';
import { renderOfflineGraphiQL } from './graphiql.ts';
import { EXAMPLE_OPERATIONS } from './graphiql-examples.ts';
import { type Logger, requestLogger, yogaLogger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { useExplorer } from './plugins/use-explorer.ts';
import { useLeanProjection } from './plugins/use-lean-projection.ts';
import { useMetricsEndpoint } from './plugins/use-metrics-endpoint.ts';
import { useNoIntrospection } from './plugins/use-no-introspection.ts';
import {
  DEFAULT_QUERY_LIMITS,
  type QueryLimits,
  useQueryLimits,
} from './plugins/use-query-limits.ts';
import { useReadiness } from './plugins/use-readiness.ts';
import { useRequestErrorStatus } from './plugins/use-request-error-status.ts';
import { useRequestTracking } from './plugins/use-request-tracking.ts';
import { useResponseCache } from './plugins/use-response-cache.ts';
import { hasWriteAccess } from './write-access.ts';

export interface ServerDeps {
  graph: Graph;
  /** Called with errors that are masked from clients, so the cause is not lost. */
  logError?: (error: unknown) => void;
  /** The bearer token mutations require; none: the API is read-only. */
  writeToken?: string;
  /** Limits on documents; DEFAULT_QUERY_LIMITS when absent. */
  queryLimits?: QueryLimits;
  /** yoga's own request logging; on by default. */
  logging?: boolean;
  /** Serves `/metrics` and records every request and Neo4j round trip into it. */
  metrics?: Metrics;
  /** JSON logs (pino): one line per request, and yoga's own messages; replaces `logging`. */
  logger?: Logger;
  /** Reuse anonymous queries' answers this long (ms); 0 or absent: no response cache. */
  responseCacheTtlMs?: number;
  /** Origins whose pages may call the API (CORS); none when absent: same-origin only. */
  corsOrigins?: readonly string[];
  /** Introspection and GraphiQL (which needs it); on when absent. */
  introspection?: boolean;
}

/** Metrics and the request log, each only when configured; `x-request-id` whenever either is. */
function useObservability({ metrics, logger }: ServerDeps) {
  const sinks = [metrics?.recordRequest, logger && requestLogger(logger)].filter((sink) => !!sink);
  return [
    ...(metrics ? [useMetricsEndpoint(metrics.registry)] : []),
    ...(sinks.length > 0 ? [useRequestTracking(sinks)] : []),
  ];
}

/** Builds the GraphQL server; never listens (tests call `yoga.fetch` directly). */
export function createYogaServer(
  deps: ServerDeps,
): YogaServerInstance<Record<string, unknown>, Context> {
  const introspection = deps.introspection ?? true;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => createContext(deps.graph, hasWriteAccess(request, deps.writeToken)),
    graphiql: introspection && { title: 'paper-graph', defaultTabs: EXAMPLE_OPERATIONS },
    renderGraphiQL: renderOfflineGraphiQL,
    landingPage: false,
    cors: corsFor(deps.corsOrigins ?? []),
    plugins: [
      // A request a browser sends cross-site without a CORS preflight (a form post, a plain GET
      // from an <img>) carries neither a JSON content type nor this header: refused with 403.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...useQueryLimits(deps.queryLimits ?? DEFAULT_QUERY_LIMITS),
      ...(introspection ? [] : [useNoIntrospection()]),
      useRequestErrorStatus(),
      useLeanProjection(),
      useReadiness(() => deps.graph.ping()),
      useExplorer(),
      ...useObservability(deps),
      ...(deps.responseCacheTtlMs ? [useResponseCache({ ttlMs: deps.responseCacheTtlMs })] : []),
    ],
    logging: deps.logger ? yogaLogger(deps.logger) : (deps.logging ?? true),
    maskedErrors: {
      // Expected errors reach the client with their code; everything else is masked and logged.
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // Errors raised as GraphQL errors on purpose (parse, validation, limits) are for the client.
        if (error instanceof GraphQLError && !original) return error;
        // A GraphQL error a resolver raised itself (e.g. the relay plugin's "Invalid global ID")
        // is about the request: give it the code clients switch on.
        if (error instanceof GraphQLError && original instanceof GraphQLError) {
          if (original.extensions.code) return error;
          const { path, source, positions } = error;
          return createGraphQLError(error.message, {
            path,
            source,
            positions,
            extensions: { code: 'VALIDATION' },
          });
        }
        const located =
          error instanceof GraphQLError
            ? { path: error.path, source: error.source, positions: error.positions }
            : {};
        if (original instanceof AppError && original.code !== 'INTERNAL') {
          return createGraphQLError(original.message, {
            ...located,
            extensions: { code: original.code },
          });
        }
        deps.logError?.(original ?? error);
        return createGraphQLError(message, { ...located, extensions: { code: 'INTERNAL' } });
      },
    },
  });
}
