import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ResponseCacheOptions {
  /** How long an answer is reused. */
  ttlMs: number;
  /** Answers kept at most; the oldest goes first. Default 1,000. */
  maxEntries?: number;
  /** Called on every hit, e.g. to count them. */
  onHit?: () => void;
}

interface Entry {
  result: ExecutionResult;
  expires: number;
}

/**
 * Reuses the answers to anonymous queries (no Authorization header) for `ttlMs`. Any mutation
 * that succeeds on this server empties the cache, so a client reads its own write here; other
 * replicas keep their answers until the TTL ends (docs/scaling.md). Answers with errors are never
 * kept. Off unless KG_RESPONSE_CACHE_TTL_S is set.
 */
export function useResponseCache({
  ttlMs,
  maxEntries = 1_000,
  onHit,
}: ResponseCacheOptions): Plugin {
  const cache = new Map<string, Entry>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { request, params } = args.contextValue as {
        request?: Request;
        params?: { query?: string };
      };
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'mutation') {
        return {
          onExecuteDone({ result }) {
            if (Symbol.asyncIterator in result || result.errors?.length) return;
            cache.clear();
          },
        };
      }
      if (operation?.operation !== 'query' || !request || request.headers.has('authorization')) {
        return;
      }
      const key = JSON.stringify([args.operationName, params?.query, args.variableValues]);
      const hit = cache.get(key);
      if (hit && hit.expires > Date.now()) {
        onHit?.();
        setResultAndStopExecution(hit.result);
        return;
      }
      cache.delete(key);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length) return;
          cache.set(key, { result, expires: Date.now() + ttlMs });
          if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
        },
      };
    },
  };
}
