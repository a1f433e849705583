import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.ts';
import { graphChecksum } from './support/graph-checksum.ts';
import { createTestClient } from './support/graphql-client.ts';
import { schemaDocument } from './support/schema-documents.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

// What a leaked internal error looks like: a stack frame, a driver or database word, a file path.
const LEAK = /\bat .+:\d+|Neo4j|Cypher|Lucene|bolt|java\.|org\.neo4j|node_modules|\.ts\b/i;

const TOKENS = fc.constantFrom(
  ...['{', '}', '(', ')', ':', '"a"', '1', '$v', '...', 'on', 'query', 'mutation', '@skip'],
  ...['papers', 'entity', 'search', 'stats', 'node', 'edges', 'title', '__typename', 'x'],
);

describe('the server answers every generated document with a well-formed GraphQL response', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  let known: string[];
  beforeAll(async () => {
    db = await openListingGraph();
    client = createTestClient(db);
    // Real ids, keys and names, so that generated lookups find something and execute deeper.
    const sample = await client.query<{
      papers: {
        edges: {
          node: { id: string; arxivId: string | null; authors: { id: string; name: string }[] };
        }[];
      };
      entities: { edges: { node: { id: string; key: string; name: string } }[] };
    }>(
      '{ papers(first: 5) { edges { node { id arxivId authors { id name } } } } entities(first: 5) { edges { node { id key name } } } }',
    );
    const papers = sample.data?.papers.edges.map((edge) => edge.node) ?? [];
    const entities = sample.data?.entities.edges.map((edge) => edge.node) ?? [];
    known = [
      ...papers.flatMap((paper) => [
        paper.id,
        paper.arxivId ?? '',
        ...paper.authors.map((a) => a.id),
      ]),
      ...entities.flatMap((entity) => [entity.id, entity.key, entity.name]),
    ].filter(Boolean);
    expect(known.length).toBeGreaterThan(10);
  });
  afterAll(async () => db.close());

  async function answer(body: unknown, authorized: boolean): Promise<void> {
    const response = await client.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        // With the token half of the time, so that generated mutations reach their resolvers too.
        ...(authorized ? { authorization: 'Bearer test-write-token-0123456789' } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const result = (await response.json()) as Answer;
    expect('data' in result || (Array.isArray(result.errors) && result.errors.length > 0)).toBe(
      true,
    );
    for (const error of result.errors ?? []) {
      expect(typeof error.message).toBe('string');
      expect(error.message).not.toMatch(LEAK);
      expect(error.extensions?.code).not.toBe('INTERNAL');
      expect(error).not.toHaveProperty('stack');
    }
  }

  it('arbitrary text and token soup as the query', async () => {
    const documents = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(TOKENS, { maxLength: 30 }).map((tokens) => tokens.join(' ')),
    );
    await fc.assert(
      fc.asyncProperty(documents, fc.boolean(), (query, authorized) =>
        answer({ query }, authorized),
      ),
      { numRuns: 150 },
    );
    expect(client.maskedErrors).toEqual([]);
  });

  it('arbitrary JSON as the request body, and bodies that are not JSON', async () => {
    const bodies = fc.oneof(
      fc.json(),
      fc.string(),
      fc.record({ query: fc.anything(), variables: fc.anything(), operationName: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(bodies, (body) =>
        answer(typeof body === 'string' ? body : JSON.stringify(body), false),
      ),
      { numRuns: 100 },
    );
    expect(client.maskedErrors).toEqual([]);
  });

  it("documents built from the schema's own fields and arguments, with valid, awkward and wrong-typed values", async () => {
    const before = await graphChecksum(db.driver, db.connection.database);
    await fc.assert(
      fc.asyncProperty(schemaDocument(schema, 'query', known), (query) => answer({ query }, false)),
      { numRuns: 100 },
    );
    // Mutations without the token: refused, and nothing written.
    await fc.assert(
      fc.asyncProperty(schemaDocument(schema, 'mutation', known), (query) =>
        answer({ query }, false),
      ),
      { numRuns: 20 },
    );
    expect(await graphChecksum(db.driver, db.connection.database)).toEqual(before);
    expect(client.maskedErrors).toEqual([]);
  });
});
