import type { GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';

/** The error with a 400 status unless it already has one. */
function asBadRequest(error: GraphQLError): GraphQLError {
  if (error.extensions.http?.status) return error;
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status: 400, spec: true } },
  });
}

/**
 * A result with no `data` means execution never started: a limit refused the document during
 * validation (graphql-armor's depth, aliases and cost), the variables did not coerce, or the
 * operation name matched nothing. GraphQL over HTTP requires a 4xx for that with
 * `application/graphql-response+json`; yoga would say 200. `spec: true` keeps the 200 that the
 * specification prescribes for legacy `application/json` clients. Masked server faults
 * (`INTERNAL`) are left alone: they are not the request's fault.
 */
export function useRequestErrorStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      if ('data' in result || !result.errors?.length) return;
      if (result.errors.some((error) => error.extensions?.code === 'INTERNAL')) return;
      setResult({ ...result, errors: (result.errors as GraphQLError[]).map(asBadRequest) });
    },
  };
}
