import { createYogaServer, type ServerDeps } from '../../src/server/yoga.ts';
import type { TestGraph } from './test-graph.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The write token the test server is configured with. */
export const TEST_WRITE_TOKEN = 'test-write-token-0123456789';

/** Runs documents through `yoga.fetch`: the full server stack, no socket. `extra` adds to or replaces the server's deps. */
export function createTestClient(db: TestGraph, extra: Partial<ServerDeps> = {}) {
  const maskedErrors: unknown[] = [];
  const yoga = createYogaServer({
    graph: db.graph,
    writeToken: TEST_WRITE_TOKEN,
    logError: (error) => maskedErrors.push(error),
    logging: false,
    ...extra,
  });
  async function query<T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  /** The same, with the write token. */
  const mutate = <T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown> = {},
  ) => query<T>(document, variables, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
  return { yoga, query, mutate, maskedErrors };
}
