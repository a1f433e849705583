import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import { projectRoot } from '../src/project-paths.ts';
import { EXAMPLE_OPERATIONS } from '../src/server/graphiql-examples.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by value
type Data = any;

/** Every list in an answer is non-empty and no field a newcomer looks at is null. */
function emptyParts(value: unknown, at = 'data'): string[] {
  if (value === null) return [at];
  if (Array.isArray(value))
    return value.length === 0 ? [at] : value.flatMap((item, i) => emptyParts(item, `${at}[${i}]`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      emptyParts(inner, `${at}.${key}`),
    );
  }
  return [];
}

describe('the GraphiQL example tabs, on the demo corpus', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  beforeAll(async () => {
    db = await openTestGraph();
    await ingestPapers(
      db.graph,
      readPapers(path.join(projectRoot, 'examples/demo-papers.txt')).papers,
    );
    client = createTestClient(db);
  });
  afterAll(async () => db.close());

  it.each(EXAMPLE_OPERATIONS.map((operation) => [operation.query.split('\n')[0], operation]))(
    '%s',
    async (_title, operation) => {
      const result: Data = await client.query(
        operation.query,
        operation.variables ? JSON.parse(operation.variables) : {},
      );
      expect(result.errors).toBeUndefined();
      // `aliases` may be empty and a path's `length` is a number: only lists and objects count.
      expect(
        emptyParts(result.data).filter(
          (part) => !part.endsWith('.aliases') && !/mentions$/.test(part),
        ),
      ).toEqual([]);
    },
  );

  it('draws a neighbourhood whose edges all point at returned nodes', async () => {
    const operation = EXAMPLE_OPERATIONS.find((o) =>
      o.query.includes('neighborhood('),
    ) as (typeof EXAMPLE_OPERATIONS)[number];
    const result: Data = await client.query(
      operation.query,
      JSON.parse(operation.variables as string),
    );
    const ids = new Set(result.data.neighborhood.nodes.map((node: Data) => node.id));
    expect(ids.size).toBe(result.data.neighborhood.nodes.length);
    for (const edge of result.data.neighborhood.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
  });
});
