import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from './support/graph-checksum.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

// biome-ignore lint/suspicious/noExplicitAny: results are checked by value
type Data = any;

const INGEST = `mutation($input: IngestPapersInput!) {
  ingestPapers(input: $input) {
    __typename
    ... on IngestResult { created updated unchanged entityLinks codeLinks removed rejections { origin reason } }
    ... on ValidationError { message code }
  }
}`;

const DELETE = `mutation($id: ID!) {
  deletePaper(id: $id) { __typename ... on DeletePaperSuccess { deleted } ... on NotFoundError { message } }
}`;

const PAPER = {
  title: 'Quokka Transformers for Burrow Segmentation',
  abstract:
    'We propose Quokka Transformers (QT), a method for burrow segmentation. Code: https://github.com/example/quokka.',
  arxivId: '2401.01234',
  authors: ['Ada Lovelace', 'Alan Turing'],
  published: '2024-01-03',
};

describe('mutations', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  beforeAll(async () => {
    db = await openTestGraph();
    client = createTestClient(db);
  });
  afterAll(async () => db.close());

  it('refuses writes without the bearer token, or with a wrong one, and changes nothing', async () => {
    const before = await graphChecksum(db.driver, db.connection.database);
    const anonymous = await client.query(INGEST, { input: { papers: [PAPER] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await client.query(
      INGEST,
      { input: { papers: [PAPER] } },
      { authorization: 'Bearer not-the-token' },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const deletion = await client.query(DELETE, { id: 'arxiv:2401.01234' });
    expect(deletion.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await graphChecksum(db.driver, db.connection.database)).toEqual(before);
  });

  it('ingests papers with the token, idempotently, and the paper is then readable with its links', async () => {
    const first: Data = await client.mutate(INGEST, { input: { papers: [PAPER] } });
    expect(first.data.ingestPapers).toMatchObject({
      created: 1,
      updated: 0,
      unchanged: 0,
      codeLinks: 1,
    });
    const again: Data = await client.mutate(INGEST, { input: { papers: [PAPER] } });
    expect(again.data.ingestPapers).toMatchObject({ created: 0, unchanged: 1 });
    const read: Data = await client.query(
      '{ paper(arxivId: "2401.01234v2") { title authors { name } repositories { url } entities(role: PROPOSED) { entity { name aliases } } } }',
    );
    expect(read.data.paper.authors.map((a: Data) => a.name)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
    ]);
    expect(read.data.paper.repositories).toEqual([{ url: 'https://github.com/example/quokka' }]);
    expect(read.data.paper.entities.flatMap((l: Data) => l.entity.aliases)).toContain('QT');
  });

  it('ingests a JSON Lines document and reports its bad lines without writing them', async () => {
    const document = [
      JSON.stringify({ title: 'Wombat Nets', abstract: 'We present Wombat Nets for digging.' }),
      '{not json',
      JSON.stringify({ title: 'No Abstract Here', abstract: '' }),
    ].join('\n');
    const result: Data = await client.mutate(INGEST, { input: { document, format: 'JSONL' } });
    expect(result.data.ingestPapers.created).toBe(1);
    expect(result.data.ingestPapers.rejections.map((r: Data) => r.origin)).toEqual([
      'document:2',
      'document:3',
    ]);
    expect(
      await db.count("MATCH (p:Paper) WHERE p.title = 'No Abstract Here' RETURN count(p)"),
    ).toBe(0);
  });

  it('returns a ValidationError for input it cannot take', async () => {
    const both: Data = await client.mutate(INGEST, { input: { papers: [PAPER], document: 'x' } });
    expect(both.data.ingestPapers).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION',
    });
    const many: Data = await client.mutate(INGEST, {
      input: { papers: Array.from({ length: 1001 }, () => PAPER) },
    });
    expect(many.data.ingestPapers.message).toMatch(/At most 1000 papers/);
  });

  it('deletes a paper and the entities only it named, and says NotFoundError for an unknown id', async () => {
    const deleted: Data = await client.mutate(DELETE, { id: 'arxiv:2401.01234' });
    expect(deleted.data.deletePaper).toEqual({
      __typename: 'DeletePaperSuccess',
      deleted: true,
    });
    expect(await db.count("MATCH (e:Entity) WHERE e.key CONTAINS 'quokka' RETURN count(e)")).toBe(
      0,
    );
    expect(
      await db.count(
        "MATCH (r:Repository {key: 'https://github.com/example/quokka'}) RETURN count(r)",
      ),
    ).toBe(0);
    expect(await db.count("MATCH (a:Author {key: 'ada lovelace'}) RETURN count(a)")).toBe(0);
    const missing: Data = await client.mutate(DELETE, { id: 'arxiv:2401.01234' });
    expect(missing.data.deletePaper.__typename).toBe('NotFoundError');
  });
});
