import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../src/domain/models.ts';
import { EntityStore } from '../src/graph/entity-store.ts';
import { PaperStore } from '../src/graph/paper-store.ts';
import { Projection } from '../src/graph/projection.ts';
import { search } from '../src/graph/search-store.ts';
import { similarPapers } from '../src/graph/similar-store.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

const SAE = 'sparse autoencoder';

/** A projection that leaves both large values out, as for a document selecting neither. */
function lean(): Projection {
  const projection = new Projection();
  projection.narrowTo({ abstracts: false, mentions: false });
  return projection;
}

const withoutAbstract = ({ abstract: _abstract, ...rest }: Paper) => rest;

describe('the lean projection over the shared listing', () => {
  let db: TestGraph;
  let abstracts: Map<string, string>;
  let ids: string[];
  beforeAll(async () => {
    db = await openListingGraph();
    const { records } = await db.driver.executeQuery(
      'MATCH (p:Paper) RETURN p.id AS id, p.abstract AS abstract ORDER BY id',
    );
    abstracts = new Map(records.map((r) => [r.get('id') as string, r.get('abstract') as string]));
    ids = [...abstracts.keys()];
  });
  afterAll(async () => db.close());

  it('gives each paper store read the same papers, with abstracts only when asked', async () => {
    const whole = new PaperStore(db.graph);
    const narrowed = new PaperStore(db.graph, lean());
    const full = (await whole.findByIds(ids)) as Paper[];
    const bare = (await narrowed.findByIds(ids)) as Paper[];
    expect(full.map((paper) => paper.abstract)).toEqual(ids.map((id) => abstracts.get(id)));
    expect(bare.every((paper) => paper.abstract === null)).toBe(true);
    expect(bare.map(withoutAbstract)).toEqual(full.map(withoutAbstract));

    const page = { filter: {}, orderBy: 'ID' as const, limit: 100 };
    const [fullPage, barePage] = await Promise.all([whole.page(page), narrowed.page(page)]);
    expect(fullPage).toHaveLength(ids.length);
    expect(barePage.every(({ paper }) => paper.abstract === null)).toBe(true);
    expect(barePage.map(({ paper }) => withoutAbstract(paper))).toEqual(
      fullPage.map(({ paper }) => withoutAbstract(paper)),
    );
  });

  it('gives links and entity pages their mention offsets only when asked', async () => {
    const whole = new EntityStore(db.graph);
    const narrowed = new EntityStore(db.graph, lean());
    const full = (await whole.linksByPaperIds(ids)).flat();
    const bare = (await narrowed.linksByPaperIds(ids)).flat();
    expect(full.some((link) => link.mentions.length > 0)).toBe(true);
    expect(bare.every((link) => link.mentions.length === 0)).toBe(true);
    expect(bare.map(({ mentions: _m, ...rest }) => rest)).toEqual(
      full.map(({ mentions: _m, ...rest }) => rest),
    );

    const request = [{ key: SAE, limit: 20, withCode: true }];
    const [fullPage] = await whole.papersPages(request);
    const [barePage] = await narrowed.papersPages(request);
    expect(fullPage?.length).toBeGreaterThan(1);
    expect(fullPage?.every((link) => link.paper.abstract === abstracts.get(link.paper.id))).toBe(
      true,
    );
    expect(
      barePage?.every((link) => link.paper.abstract === null && link.mentions.length === 0),
    ).toBe(true);
    expect(barePage?.map((link) => [link.paper.id, link.role, link.codeLinks])).toEqual(
      fullPage?.map((link) => [link.paper.id, link.role, link.codeLinks]),
    );
  });

  it('ranks the same similar papers and search hits either way', async () => {
    const [fullSimilar, bareSimilar] = await Promise.all([
      similarPapers(db.graph, ids, { first: 5 }),
      similarPapers(db.graph, ids, { first: 5 }, lean()),
    ]);
    const similarOf = (byId: typeof fullSimilar) =>
      ids.map((id) => (byId.get(id) ?? []).map((s) => [s.paper.id, s.score]));
    expect(similarOf(bareSimilar)).toEqual(similarOf(fullSimilar));
    expect([...bareSimilar.values()].flat().every((s) => s.paper.abstract === null)).toBe(true);
    expect([...fullSimilar.values()].flat().some((s) => s.paper.abstract !== null)).toBe(true);

    const [fullHits, bareHits] = await Promise.all([
      search(db.graph, 'sparse autoencoders', { first: 10 }),
      search(db.graph, 'sparse autoencoders', { first: 10 }, lean()),
    ]);
    expect(bareHits.map((hit) => [hit.ref, hit.score])).toEqual(
      fullHits.map((hit) => [hit.ref, hit.score]),
    );
    const paperHits = (hits: typeof fullHits) =>
      hits.filter((hit) => hit.ref.type === 'Paper').map((hit) => (hit.node as Paper).abstract);
    expect(paperHits(fullHits).length).toBeGreaterThan(0);
    expect(paperHits(fullHits).every((abstract) => typeof abstract === 'string')).toBe(true);
    expect(paperHits(bareHits).every((abstract) => abstract === null)).toBe(true);
  });

  it('serves abstracts and mentions that a document asks for only through fragments', async () => {
    const { query } = createTestClient(db);
    const { data, errors } = await query<{
      entity: {
        papers: {
          edges: { node: { id: string; paperId: string; summary: string }; provenance: unknown }[];
        };
      };
    }>(
      `query Deep($key: String!) {
        entity(key: $key) { papers(first: 20) { edges { node { ...PaperText } ...Where } } }
      }
      fragment PaperText on Paper { paperId summary: abstract }
      fragment Where on EntityPaperEdge { provenance { ... on Provenance { mentions { field start end } } } }`,
      { key: SAE },
    );
    expect(errors).toBeUndefined();
    const edges = data?.entity.papers.edges ?? [];
    expect(edges.length).toBeGreaterThan(1);
    for (const edge of edges) expect(edge.node.summary).toBe(abstracts.get(edge.node.paperId));
    const mentions = edges.flatMap(
      (edge) => (edge.provenance as { mentions: { start: number; end: number }[] }).mentions,
    );
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((mention) => mention.end > mention.start)).toBe(true);
  });

  it('answers a document without them exactly as before, leaving the values out', async () => {
    const { query } = createTestClient(db);
    const lean = `query Lean($key: String!) {
      entity(key: $key) { papers(first: 20) { edges { role node { paperId title } } } }
    }`;
    const asked = `query Asked($key: String!) {
      entity(key: $key) { papers(first: 20) { edges { role node { paperId title abstract } provenance { mentions { start } } } } }
    }`;
    type Page = {
      entity: { papers: { edges: { role: string; node: Record<string, unknown> }[] } };
    };
    const [leanAnswer, askedAnswer] = await Promise.all([
      query<Page>(lean, { key: SAE }),
      query<Page>(asked, { key: SAE }),
    ]);
    expect(leanAnswer.errors).toBeUndefined();
    expect(leanAnswer.data?.entity.papers.edges).toEqual(
      askedAnswer.data?.entity.papers.edges.map(({ role, node }) => ({
        role,
        node: { paperId: node.paperId, title: node.title },
      })),
    );
  });
});
