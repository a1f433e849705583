import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** What is known about one GraphQL request once its response is ready. */
export interface FinishedRequest {
  /** The caller's `x-request-id` when it sent a sane one, else a fresh UUID; echoed on the response. */
  id: string;
  /** The executed operation's name, `anonymous` without one, `other` past the label budget. */
  operation: string;
  /** query, mutation, subscription; `unknown` when the document never got that far. */
  operationType: string;
  status: number;
  seconds: number;
  /** `extensions.code` of every error in the response (`UNKNOWN` when it has none). */
  errorCodes: string[];
}

interface Tracked {
  id: string;
  started: number;
  operation?: string;
  operationType?: string;
  errorCodes: string[];
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const OPERATION_NAME = /^[A-Za-z_]\w{0,63}$/;

/**
 * Operation names come from clients: a bounded set of them is kept as-is so that metrics
 * labels cannot grow without limit (one new time series per name a client invents).
 */
function operationLabeler(maxNames: number) {
  const seen = new Set<string>();
  return (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= maxNames) return 'other';
    seen.add(name);
    return name;
  };
}

/**
 * Follows every GraphQL request (not `/health`, `/ready`, `/metrics` or GraphiQL pages) from
 * arrival to response and hands the summary to each sink: the metrics and the request log.
 */
export function useRequestTracking(
  sinks: ((request: FinishedRequest) => void)[],
  { maxOperationNames = 200 } = {},
): Plugin {
  const tracked = new WeakMap<Request, Tracked>();
  const label = operationLabeler(maxOperationNames);
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      tracked.set(request, {
        id: given && REQUEST_ID.test(given) ? given : randomUUID(),
        started: performance.now(),
        errorCodes: [],
      });
    },
    onParams({ request, params }) {
      const entry = tracked.get(request);
      // Provisional: a document that fails to parse still gets the name the client sent.
      if (entry) entry.operation = label(params.operationName);
    },
    // Before validation, so that a document refused by validation or limits is still named.
    onValidate({ params, context }) {
      const { request, params: sent } = context as {
        request?: Request;
        params?: { operationName?: string };
      };
      const entry = request && tracked.get(request);
      if (!entry) return;
      const operation = getOperationAST(params.documentAST, sent?.operationName);
      entry.operation = label(operation?.name?.value);
      entry.operationType = operation?.operation ?? 'unknown';
    },
    onResultProcess({ request, result }) {
      const entry = tracked.get(request);
      if (!entry || Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) {
          const code = error.extensions?.code;
          entry.errorCodes.push(typeof code === 'string' ? code : 'UNKNOWN');
        }
      }
    },
    onResponse({ request, response }) {
      const entry = tracked.get(request);
      if (!entry) return;
      response.headers.set('x-request-id', entry.id);
      // Only GraphQL requests reached onParams; probes and pages are not counted.
      if (entry.operation === undefined) return;
      const finished: FinishedRequest = {
        id: entry.id,
        operation: entry.operation,
        operationType: entry.operationType ?? 'unknown',
        status: response.status,
        seconds: (performance.now() - entry.started) / 1000,
        errorCodes: entry.errorCodes,
      };
      for (const sink of sinks) sink(finished);
    },
  };
}
