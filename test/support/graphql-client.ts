import { createYogaServer } from '../../src/server/yoga.ts';
import type { TestGraph } from './test-graph.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs documents through `yoga.fetch`: the full server stack, no socket. */
export function createTestClient(db: TestGraph) {
  const maskedErrors: unknown[] = [];
  const yoga = createYogaServer({
    graph: db.graph,
    logError: (error) => maskedErrors.push(error),
    logging: false,
  });
  async function query<T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown> = {},
  ) {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  return { yoga, query, maskedErrors };
}
