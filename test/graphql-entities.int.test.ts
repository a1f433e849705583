import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

// biome-ignore lint/suspicious/noExplicitAny: test documents are checked by value, not by type
type Data = any;

describe('entities, their papers and code through the API', () => {
  let db: TestGraph;
  let client: ReturnType<typeof createTestClient>;
  const query = async (
    document: string,
    variables: Record<string, unknown> = {},
  ): Promise<Data> => {
    const result = await client.query(document, variables);
    expect(
      result.errors,
      client.maskedErrors.map((e) => String((e as Error).cause ?? e)).join('\n'),
    ).toBeUndefined();
    return result.data;
  };

  beforeAll(async () => {
    db = await openListingGraph();
    client = createTestClient(db);
  });
  afterAll(async () => db.close());

  it('finds Pyramid Vision Transformer by its acronym, and the code of the paper that proposes it', async () => {
    const data = await query(`{ entity(name: "PVT") {
      __typename key name aliases paperCount
      ... on Method { repositories { url } }
    } }`);
    expect(data.entity).toMatchObject({
      __typename: 'Method',
      key: 'pyramid vision transformer',
      name: 'Pyramid Vision Transformer',
    });
    expect(data.entity.aliases).toContain('PVT');
    expect(data.entity.repositories).toEqual([{ url: 'https://github.com/whai362/PVT' }]);
  });

  it('resolves every surface form of sparse autoencoders to one entity with its papers and their roles', async () => {
    const forms = ['SAEs', 'sparse autoencoders', 'Sparse Autoencoder', 'SAE'];
    const keys = await Promise.all(
      forms.map(
        async (name) =>
          (await query('query($n: String!) { entity(name: $n) { key } }', { n: name })).entity?.key,
      ),
    );
    expect(new Set(keys)).toEqual(new Set(['sparse autoencoder']));
    const data = await query(`{ entity(key: "sparse autoencoder") {
      paperCount
      papers(first: 10) { edges { role provenance { confidence mentions { field start end } } node { title abstract } } }
    } }`);
    const edges = data.entity.papers.edges;
    expect(edges.length).toBe(data.entity.paperCount);
    expect(edges.length).toBeGreaterThanOrEqual(2);
    for (const edge of edges) {
      for (const mention of edge.provenance.mentions) {
        const text = mention.field === 'title' ? edge.node.title : edge.node.abstract;
        expect(text.slice(mention.start, mention.end).toLowerCase()).toMatch(
          /sae|sparse autoencoder/,
        );
      }
    }
  });

  it('lists entities by paper count, most first, and pages through all of one kind exactly once', async () => {
    const top = await query(
      '{ entities(kind: METHOD, first: 5) { totalCount edges { node { kind paperCount } } } }',
    );
    const counts = top.entities.edges.map((e: Data) => e.node.paperCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(top.entities.edges.every((e: Data) => e.node.kind === 'METHOD')).toBe(true);
    const keys: string[] = [];
    let after: string | null = null;
    do {
      const page: Data = await query(
        'query($after: String) { entities(kind: METHOD, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { key } } } }',
        { after },
      );
      keys.push(...page.entities.edges.map((e: Data) => e.node.key));
      after = page.entities.pageInfo.hasNextPage ? page.entities.pageInfo.endCursor : null;
    } while (after);
    expect(keys.length).toBe(top.entities.totalCount);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('filters papers by entity, code, text with a typo, and orders them by title', async () => {
    const byEntity = await query(
      '{ papers(filter: { entity: "PVT", role: PROPOSED }) { totalCount edges { node { title } } } }',
    );
    expect(byEntity.papers.totalCount).toBe(1);
    expect(byEntity.papers.edges[0].node.title).toMatch(/^Pyramid Vision Transformer/);
    const withCode = await query(
      '{ papers(filter: { hasCode: true }, first: 100) { totalCount } }',
    );
    expect(withCode.papers.totalCount).toBe(13);
    const typo = await query(
      '{ papers(filter: { text: "pyramid vison transformer" }) { edges { node { title } } } }',
    );
    expect(typo.papers.edges.map((e: Data) => e.node.title)).toContainEqual(
      expect.stringMatching(/^Pyramid Vision Transformer/),
    );
    const ordered = await query(
      '{ papers(orderBy: TITLE, first: 100) { edges { node { title } } } }',
    );
    const titles = ordered.papers.edges.map((e: Data) => e.node.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
  });

  it('treats Lucene syntax in a text filter as plain words', async () => {
    for (const text of ['title:foo AND (bar', '"', '\\', 'NOT', '*']) {
      const result = await client.query(
        'query($t: String!) { papers(filter: { text: $t }) { totalCount } }',
        { t: text },
      );
      expect(result.errors).toBeUndefined();
    }
  });

  it('shows what a paper proposes, with offsets that point at the name', async () => {
    const data = await query(`{ papers(filter: { entity: "TEEN" }) { edges { node {
      title abstract entities(role: PROPOSED) { role entity { name aliases } provenance { mentions { field start end } } }
    } } } }`);
    const paper = data.papers.edges[0].node;
    const teen = paper.entities.find((link: Data) => link.entity.aliases.includes('TEEN'));
    expect(teen).toBeDefined();
    const mention = teen.provenance.mentions.find((m: Data) => m.field === 'abstract');
    expect(paper.abstract.slice(mention.start, mention.end)).toMatch(/TEEN|Training-frEE/);
  });

  it('refetches entities and papers by global id through node', async () => {
    const data = await query(
      '{ entity(name: "PVT") { id } papers(first: 1) { edges { node { id title } } } }',
    );
    const nodes = await query(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Entity { name } ... on Paper { title } } }',
      {
        ids: [data.entity.id, data.papers.edges[0].node.id],
      },
    );
    expect(nodes.nodes.map((n: Data) => n.__typename)).toEqual(['Method', 'Paper']);
  });

  it('sends the same number of queries for a nested page of 5 papers as for 50', async () => {
    const document = `query($first: Int) { papers(first: $first) { edges { node {
      title authors { name } codeLinks { repository { url } }
      entities { role entity { name ... on Method { repositories { url } } } }
    } } } }`;
    const statements: string[][] = [];
    for (const first of [5, 50]) {
      db.queryLog.length = 0;
      await query(document, { first });
      statements.push([...db.queryLog].sort());
    }
    expect(statements[1]).toEqual(statements[0]);
    expect(statements[0]).toEqual([
      'author/by-paper-ids',
      'entity/links-by-paper-ids',
      'entity/repositories-of-proposed',
      'paper/list-page',
      'repository/code-links-by-paper-ids',
    ]);
  });

  it('loads the papers of many entities in one round trip', async () => {
    db.queryLog.length = 0;
    await query(
      '{ entities(first: 30) { edges { node { name papers(first: 3) { edges { node { title } } } } } } }',
    );
    expect([...db.queryLog].sort()).toEqual(['entity/list-by-paper-count', 'entity/papers-pages']);
  });
});
