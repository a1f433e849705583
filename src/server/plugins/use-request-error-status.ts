import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * A result with no `data` means execution never started: the variables did not coerce or the
 * operation name matched nothing. GraphQL over HTTP requires a 4xx for that with
 * `application/graphql-response+json`; yoga would say 200. `spec: true` keeps the 200 that the
 * specification prescribes for legacy `application/json` clients.
 */
export function useRequestErrorStatus(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || 'data' in result || !result.errors?.length) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              createGraphQLError(error.message, {
                nodes: error.nodes,
                source: error.source,
                positions: error.positions,
                path: error.path,
                extensions: { ...error.extensions, http: { status: 400, spec: true } },
              }),
            ),
          });
        },
      };
    },
  };
}
