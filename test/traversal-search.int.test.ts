import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery } from '../src/graph/lucene-query.ts';
import { search } from '../src/graph/search-store.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

describe('full-text search over papers and entities', () => {
  let db: TestGraph;
  let pvtPaper: string;
  beforeAll(async () => {
    db = await openListingGraph();
    const { records } = await db.driver.executeQuery(
      "MATCH (p:Paper) WHERE p.title STARTS WITH 'Pyramid Vision Transformer' RETURN p.id AS id",
    );
    pvtPaper = records[0]?.get('id') as string;
  });
  afterAll(async () => db.close());

  it('finds the PVT paper and method despite a typo', async () => {
    const hits = await search(db.graph, 'pyramid vison transformer', { first: 10 });
    const refs = hits.map((hit) => hit.ref);
    expect(refs).toContainEqual({ type: 'Paper', key: pvtPaper });
    expect(refs).toContainEqual({
      type: 'Entity',
      key: 'pyramid vision transformer',
      kind: 'method',
    });
    expect(refs.slice(0, 2).map((ref) => ref.key)).toContain(pvtPaper);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats Lucene syntax in the input as plain text, never as a query', async () => {
    const inputs = ['title:foo AND (bar', '"', '\\', 'a~2^3 [x TO y] OR NOT *', '/regex/ && ||!'];
    for (const input of inputs) {
      await expect(search(db.graph, input, { first: 5 })).resolves.toBeInstanceOf(Array);
    }
    expect(toLuceneQuery('title:foo AND (bar')).toBe('(title OR title~1) OR foo OR and OR bar');
    expect(escapeLucene('a:b (c) "d" \\')).toBe('a\\:b \\(c\\) \\"d\\" \\\\');
    expect(toLuceneQuery('Sparse-Autoencoders')).toBe(
      '(sparse OR sparse~1) OR (autoencoders OR autoencoders~1)',
    );
  });

  it('sends nothing for input without letters or digits', async () => {
    const before = db.queryLog.length;
    expect(await search(db.graph, ' "*:( ', { first: 5 })).toEqual([]);
    expect(db.queryLog.length).toBe(before);
  });

  it('returns only the node types and entity kinds asked for', async () => {
    const methods = await search(db.graph, 'transformer', {
      first: 20,
      types: ['Entity'],
      kinds: ['method'],
    });
    expect(methods.length).toBeGreaterThan(0);
    expect(methods.every((hit) => hit.ref.type === 'Entity' && hit.ref.kind === 'method')).toBe(
      true,
    );
    const papers = await search(db.graph, 'transformer', { first: 20, types: ['Paper'] });
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.every((hit) => hit.ref.type === 'Paper')).toBe(true);
  });

  it('searches in one round trip and rejects a page larger than 50', async () => {
    const before = db.queryLog.length;
    const hits = await search(db.graph, 'sparse autoencoders', { first: 50 });
    expect(hits.length).toBeLessThanOrEqual(50);
    expect(db.queryLog.slice(before)).toEqual(['traversal/search']);
    await expect(search(db.graph, 'x', { first: 51 })).rejects.toThrow(/first/);
  });
});
