import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphOptions } from '../graph/run.ts';
import type { FinishedRequest } from './plugins/use-request-tracking.ts';

// Seconds: from a cached 2 ms read to the 30 s transaction timeout.
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The Prometheus metrics of one server process, in their own registry (never the global one:
 * tests build several servers in one process). Names follow Prometheus conventions: `_total`
 * counters, `_seconds` histograms.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'kg_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name, operation type and HTTP status',
    labelNames: ['operation', 'type', 'status'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'kg_graphql_request_duration_seconds',
    help: 'Time from request arrival to response, by operation name',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and extensions.code',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'kg_neo4j_query_duration_seconds',
    help: 'Neo4j round trips (one per statement), by query file, access mode and outcome',
    labelNames: ['query', 'mode', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const sessions = new Gauge({
    name: 'kg_neo4j_sessions_open',
    help: 'Driver sessions open now; each holds at most one pooled connection',
    registers: [registry],
  });

  /** Hooks for the Graph gateway (src/graph/run.ts). */
  const graphHooks: Pick<GraphOptions, 'onQueryEnd' | 'onSessionsOpen'> = {
    onQueryEnd: (query, mode, seconds, ok) =>
      queries.observe({ query, mode, outcome: ok ? 'ok' : 'error' }, seconds),
    onSessionsOpen: (open) => sessions.set(open),
  };

  /** A sink for useRequestTracking. */
  const recordRequest = (request: FinishedRequest) => {
    requests.inc({
      operation: request.operation,
      type: request.operationType,
      status: String(request.status),
    });
    requestSeconds.observe({ operation: request.operation }, request.seconds);
    for (const code of request.errorCodes) errors.inc({ operation: request.operation, code });
  };

  return { registry, graphHooks, recordRequest };
}

export type Metrics = ReturnType<typeof createMetrics>;
