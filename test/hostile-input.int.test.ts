import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from './support/graph-checksum.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

// Strings that would change a query if anything were interpolated instead of parameterised.
const HOSTILE = [
  "'",
  '"',
  '`',
  '\\',
  "x' OR 1=1 //",
  "x'}) MATCH (n) DETACH DELETE n //",
  '`Paper`) DETACH DELETE (n',
  'title:foo AND (bar',
  '*:*',
  'a~ b^3 "c',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the hostile input
  '${injection}',
  '\u0000',
  'ÿ\uFFFF',
];

const DOCUMENTS: [string, (value: string) => Record<string, unknown>][] = [
  ['query($v: String!) { entity(name: $v) { key } }', (v) => ({ v })],
  ['query($v: String!) { entity(key: $v) { key } }', (v) => ({ v })],
  ['query($v: ID!) { paper(id: $v) { title } }', (v) => ({ v })],
  ['query($v: String!) { paper(arxivId: $v) { title } }', (v) => ({ v })],
  ['query($v: String!) { papers(filter: { text: $v }) { totalCount } }', (v) => ({ v })],
  [
    'query($v: String!) { papers(filter: { publishedFrom: $v, publishedTo: $v }) { totalCount } }',
    (v) => ({ v }),
  ],
  ['query($v: String!) { search(query: $v) { score } }', (v) => ({ v })],
  ['query($v: String!) { papers(after: $v) { totalCount } }', (v) => ({ v })],
  ['query($v: ID!) { neighborhood(ids: [$v]) { nodes { id } } }', (v) => ({ v })],
  ['query($v: ID!) { path(from: $v, to: $v) { length } }', (v) => ({ v })],
  ['query($v: ID!) { node(id: $v) { id } }', (v) => ({ v })],
];

describe('hostile strings in every argument that reaches Cypher or Lucene', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  beforeAll(async () => {
    db = await openListingGraph();
    client = createTestClient(db);
  });
  afterAll(async () => db.close());

  it('leaves the graph unchanged and never leaks an internal error', async () => {
    const before = await graphChecksum(db.driver, db.connection.database);
    for (const [document, variables] of DOCUMENTS) {
      for (const value of HOSTILE) {
        const result = await client.query(document, variables(value));
        for (const error of result.errors ?? []) {
          // Expected refusals only: a VALIDATION code with our own words, never INTERNAL.
          expect(
            error.extensions?.code,
            `${document} with ${JSON.stringify(value)}: ${error.message}`,
          ).toBe('VALIDATION');
          expect(error.message).not.toMatch(/Neo4j|Cypher|Lucene|at .*\.ts/);
        }
      }
    }
    expect(client.maskedErrors).toEqual([]);
    expect(await graphChecksum(db.driver, db.connection.database)).toEqual(before);
  });
});
