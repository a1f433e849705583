import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relatedEntities } from '../src/graph/related-store.ts';
import {
  GENERIC_ENTITY_SHARE,
  SIMILAR_MAX_ENTITY_PAPERS,
  similarPapers,
} from '../src/graph/similar-store.ts';
import { stats } from '../src/graph/stats-store.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

const SAE = 'sparse autoencoder';

describe('related entities, similar papers and counts over the shared listing', () => {
  let db: TestGraph;
  let transcoders: string;
  beforeAll(async () => {
    db = await openListingGraph();
    const { records } = await db.driver.executeQuery(
      "MATCH (p:Paper) WHERE p.title STARTS WITH 'Transcoders Find' RETURN p.id AS id",
    );
    transcoders = records[0]?.get('id') as string;
  });
  afterAll(async () => db.close());

  /** Runs `work` and returns the statements it sent. */
  const statementsOf = async (work: () => Promise<unknown>) => {
    const before = db.queryLog.length;
    await work();
    return db.queryLog.slice(before);
  };

  it('relates sparse autoencoders to interpretability entities by NPMI, strongest first', async () => {
    const related = (await relatedEntities(db.graph, [SAE], { first: 50 })).get(SAE) ?? [];
    expect(related.some((r) => /interpret|transcoder|circuit/.test(r.entity.key))).toBe(true);
    expect(related.map((r) => r.entity.key)).not.toContain(SAE);
    for (const r of related) {
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.cooccurrences).toBeGreaterThanOrEqual(1);
    }
    const sorted = [...related].sort(
      (a, b) =>
        b.score - a.score ||
        b.cooccurrences - a.cooccurrences ||
        a.entity.key.localeCompare(b.entity.key),
    );
    expect(related.map((r) => r.entity.key)).toEqual(sorted.map((r) => r.entity.key));
  });

  it('computes NPMI from paper counts exactly as the formula says', async () => {
    const [top] = (await relatedEntities(db.graph, [SAE], { first: 1 })).get(SAE) ?? [];
    const { records } = await db.driver.executeQuery(
      `MATCH (p:Paper) WITH count(p) AS n
       MATCH (x:Entity {key: $a}), (y:Entity {key: $b})
       RETURN n, COUNT { (x)<--(:Paper) } AS a, COUNT { (y)<--(:Paper) } AS b,
              COUNT { (x)<--(:Paper)-->(y) } AS both`,
      { a: SAE, b: top?.entity.key },
    );
    const count = (name: string) => Number(records[0]?.get(name));
    const [n, both] = [count('n'), count('both')];
    const pab = both / n;
    expect(top?.cooccurrences).toBe(both);
    expect(top?.score).toBeCloseTo(
      Math.log(pab / ((count('a') / n) * (count('b') / n))) / -Math.log(pab),
      9,
    );
  });

  it('filters related entities by kind and minimum score, and answers unknown keys with []', async () => {
    const result = await relatedEntities(db.graph, [SAE, 'no such entity'], {
      first: 20,
      kind: 'concept',
      minScore: 0.5,
    });
    const related = result.get(SAE) ?? [];
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((r) => r.entity.kind === 'concept' && r.score >= 0.5)).toBe(true);
    expect(result.get('no such entity')).toEqual([]);
  });

  it('finds another sparse-autoencoder paper like the transcoders paper, naming what they share', async () => {
    const similar = (await similarPapers(db.graph, [transcoders], { first: 10 })).get(transcoders);
    expect(similar?.map((s) => s.paper.id)).not.toContain(transcoders);
    const sae = similar?.find((s) => s.shared.some((e) => e.key === SAE));
    expect(sae?.paper.title).toMatch(/sparse autoencoder|dictionary/i);
    expect(sae?.shared.length).toBeLessThanOrEqual(10);
    const scores = similar?.map((s) => s.score) ?? [];
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('ranks similar papers exactly as weighing every candidate would, for every paper', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (p:Paper) WITH count(p) AS n
       MATCH (paper:Paper)-[:PROPOSES|USES|MENTIONS]->(e:Entity)
       RETURN n, paper.id AS id, collect(DISTINCT [e.key, e.paperCount]) AS entities`,
    );
    const n = Number(records[0]?.get('n'));
    const cap = Math.min(SIMILAR_MAX_ENTITY_PAPERS, Math.max(2, GENERIC_ENTITY_SHARE * n));
    const idfs = new Map<string, Map<string, number>>();
    for (const record of records) {
      const informative = (record.get('entities') as [string, unknown][])
        .map(([key, count]) => [key, Number(count)] as const)
        .filter(([, count]) => count >= 2 && count <= cap);
      idfs.set(record.get('id'), new Map(informative.map(([key, c]) => [key, Math.log(n / c)])));
    }
    const weight = (idf: Map<string, number>) => [...idf.values()].reduce((a, b) => a + b, 0);
    const scoreOf = (id: string, other: string) => {
      const own = idfs.get(id) ?? new Map<string, number>();
      const theirs = idfs.get(other) ?? new Map<string, number>();
      const shared = [...own].filter(([key]) => theirs.has(key));
      const sharedWeight = shared.reduce((sum, [, value]) => sum + value, 0);
      return sharedWeight > 0 ? sharedWeight / Math.sqrt(weight(own) * weight(theirs)) : 0;
    };
    const bruteForce = (id: string, first: number) =>
      [...idfs.keys()]
        .filter((other) => other !== id)
        .map((other) => ({ id: other, score: scoreOf(id, other) }))
        .filter((candidate) => candidate.score > 0)
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, first);
    // first: 1 weighs only the 20 candidates that share most before bounding out the rest.
    const ids = [...idfs.keys()];
    for (const first of [1, 3]) {
      const answers = await similarPapers(db.graph, ids, { first });
      for (const id of ids) {
        const expected = bruteForce(id, first);
        const got = answers.get(id) ?? [];
        // Equal scores can differ in the last bit with the order of summation, so ties may come
        // in either order: each answer must score as brute force says, and as much as the
        // brute-force answer at its rank.
        expect(got.length, id).toBe(expected.length);
        for (const [rank, similar] of got.entries()) {
          expect(similar.score, id).toBeCloseTo(expected[rank]?.score ?? -1, 9);
          expect(similar.score, id).toBeCloseTo(scoreOf(id, similar.paper.id), 9);
        }
      }
    }
  });

  it('counts every label and link type as direct counts do', async () => {
    const result = await stats(db.graph);
    for (const { label, count } of result.labels) {
      expect(count).toBe(await db.count(`MATCH (n:${label}) RETURN count(n)`));
    }
    for (const { type, count } of result.relationships) {
      expect(count).toBe(await db.count(`MATCH ()-[r:${type}]->() RETURN count(r)`));
    }
    expect(result.labels.find((l) => l.label === 'Paper')?.count).toBe(63);
  });

  it('answers each of these in one round trip', async () => {
    expect(
      await statementsOf(() => relatedEntities(db.graph, [SAE, 'feature'], { first: 5 })),
    ).toEqual(['traversal/related-entities']);
    expect(await statementsOf(() => similarPapers(db.graph, [transcoders], { first: 5 }))).toEqual([
      'traversal/similar-papers',
    ]);
    expect(await statementsOf(() => stats(db.graph))).toEqual(['traversal/stats']);
  });

  describe('a lookup by key and its related or similar list', () => {
    /** The round trips `work` makes: each the sorted names of the statements it carries. */
    const roundTripsOf = async (work: () => Promise<unknown>) => {
      const trips: string[][] = [];
      const { read, readTogether } = db.graph;
      db.graph.read = (name, params) => {
        trips.push([name]);
        return read.call(db.graph, name, params);
      };
      db.graph.readTogether = (statements) => {
        trips.push(statements.map(({ name }) => name).sort());
        return readTogether.call(db.graph, statements);
      };
      try {
        await work();
      } finally {
        db.graph.read = read;
        db.graph.readTogether = readTogether;
      }
      return trips;
    };

    it('sends entity(key:) and its related entities in one round trip, once each', async () => {
      const client = createTestClient(db);
      let result: Awaited<ReturnType<typeof client.query>> | undefined;
      const trips = await roundTripsOf(async () => {
        result = await client.query(
          `query ($key: String!, $first: Int) { entity(key: $key) { name
            related(first: $first) { entity { key } }
            ...More } }
          fragment More on Entity { ... on Concept { again: related(first: $first) { score } } }`,
          { key: SAE, first: 3 },
        );
      });
      expect(result?.errors).toBeUndefined();
      const data = result?.data as { entity: { related: unknown[]; again?: unknown[] } };
      expect(data.entity.related).toHaveLength(3);
      expect(trips).toEqual([['entity/find-by-keys', 'traversal/related-entities']]);
    });

    it('sends paper(id:) and its similar papers in one round trip', async () => {
      const client = createTestClient(db);
      const trips = await roundTripsOf(() =>
        client.query(`query ($id: ID!) { paper(id: $id) { title similar(first: 2) { score } } }`, {
          id: transcoders,
        }),
      );
      expect(trips).toEqual([['paper/find-by-ids', 'traversal/similar-papers']]);
    });

    it('sends paper(id:) with its links, code and authors, and entity(key:) with its papers, in one round trip each', async () => {
      const client = createTestClient(db);
      const cases: [string, Record<string, unknown>, string[]][] = [
        [
          `query ($id: ID!) { paper(id: $id) { title authors { name } repositories { url }
            codeLinks { paths } entities(role: PROPOSED) { entity { name } } } }`,
          { id: transcoders },
          [
            'author/by-paper-ids',
            'entity/links-by-paper-ids',
            'paper/find-by-ids',
            'repository/code-links-by-paper-ids',
          ],
        ],
        [
          'query ($key: String!) { entity(key: $key) { name papers(first: 2) { edges { node { title } } } } }',
          { key: SAE },
          ['entity/find-by-keys', 'entity/papers-pages'],
        ],
      ];
      for (const [document, variables, statements] of cases) {
        let result: Awaited<ReturnType<typeof client.query>> | undefined;
        const trips = await roundTripsOf(async () => {
          result = await client.query(document, variables);
        });
        expect(result?.errors).toBeUndefined();
        expect(trips).toEqual([statements]);
      }
    });

    it("answers a search with its hits' fields in one round trip, as each node's own lookup gives them", async () => {
      const client = createTestClient(db);
      const fields = `id ... on Paper { paperId title abstract arxivId published homepages }
        ... on Entity { key kind name aliases paperCount }`;
      type Hit = { node: Record<string, unknown> & { id: string } };
      let result: Awaited<ReturnType<typeof client.query>> | undefined;
      const trips = await roundTripsOf(async () => {
        result = await client.query(
          `query ($q: String!) { search(query: $q, first: 10) { score node { ${fields} } } }`,
          { q: 'pyramid vison transformer' },
        );
      });
      expect(result?.errors).toBeUndefined();
      expect(trips).toEqual([['traversal/search']]);
      const hits = (result?.data as { search: Hit[] } | undefined)?.search ?? [];
      expect(hits.some((hit) => 'title' in hit.node)).toBe(true);
      expect(hits.some((hit) => 'name' in hit.node)).toBe(true);
      for (const hit of hits) {
        const own = await client.query(`query ($id: ID!) { node(id: $id) { ${fields} } }`, {
          id: hit.node.id,
        });
        expect((own.data as { node: unknown }).node).toEqual(hit.node);
      }
    });

    it("brings an entity's papers' code with the page: one round trip, the same code as each paper's own", async () => {
      const client = createTestClient(db);
      let result: Awaited<ReturnType<typeof client.query>> | undefined;
      const trips = await roundTripsOf(async () => {
        result = await client.query(
          `query ($key: String!) { entity(key: $key) { papers(first: 20) {
            edges { node { id repositories { url } codeLinks { paths repository { url } } } } } } }`,
          { key: SAE },
        );
      });
      expect(result?.errors).toBeUndefined();
      expect(trips).toEqual([['entity/find-by-keys', 'entity/papers-pages']]);
      type Page = { edges: { node: { id: string; repositories: { url: string }[] } }[] };
      const page = (result?.data as { entity: { papers: Page } } | undefined)?.entity.papers;
      if (!page) throw new Error('no page');
      expect(page.edges.some(({ node }) => node.repositories.length > 0)).toBe(true);
      for (const { node } of page.edges) {
        const own = await client.query(
          'query ($id: ID!) { paper(id: $id) { repositories { url } } }',
          {
            id: node.id,
          },
        );
        expect(node.repositories, node.id).toEqual(
          (own.data as { paper: { repositories: unknown[] } }).paper.repositories,
        );
      }
    });

    it('answers an unknown key with null, and nothing else', async () => {
      const client = createTestClient(db);
      const result = await client.query('{ entity(key: "no such entity") { related { score } } }');
      expect(result).toEqual({ data: { entity: null } });
      expect(client.maskedErrors).toEqual([]);
    });
  });
});
