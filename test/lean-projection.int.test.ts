import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLink, EntityLink, Paper } from '../src/domain/models.ts';
import { EntityStore } from '../src/graph/entity-store.ts';
import { neighborhood } from '../src/graph/neighborhood-store.ts';
import { PaperStore } from '../src/graph/paper-store.ts';
import { EVERYTHING, Projection, type Selected } from '../src/graph/projection.ts';
import { RepositoryStore } from '../src/graph/repository-store.ts';
import { search } from '../src/graph/search-store.ts';
import { similarPapers } from '../src/graph/similar-store.ts';
import { createTestClient } from './support/graphql-client.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

const SAE = 'sparse autoencoder';

/** A projection that leaves every optional value out, as for a document that selects none. */
function lean(): Projection {
  const projection = new Projection();
  projection.narrowTo(
    Object.fromEntries(Object.keys(EVERYTHING).map((key) => [key, false])) as unknown as Selected,
  );
  return projection;
}

/** What every answer carries whatever the projection. */
const paperCore = ({ id, title }: Paper) => ({ id, title });
const isBare = (paper: Paper) =>
  paper.abstract === null && paper.source === undefined && paper.homepages.length === 0;
const linkCore = ({ paperId, role, entity }: EntityLink) => ({ paperId, role, entity });
const codeCore = ({ repository }: CodeLink) => ({ key: repository.key, url: repository.url });

describe('the lean projection over the shared listing', () => {
  let db: TestGraph;
  let abstracts: Map<string, string>;
  let titles: Map<string, string>;
  let ids: string[];
  beforeAll(async () => {
    db = await openListingGraph();
    const { records } = await db.driver.executeQuery(
      'MATCH (p:Paper) RETURN p.id AS id, p.abstract AS abstract, p.title AS title ORDER BY id',
    );
    abstracts = new Map(records.map((r) => [r.get('id') as string, r.get('abstract') as string]));
    titles = new Map(records.map((r) => [r.get('id') as string, r.get('title') as string]));
    ids = [...abstracts.keys()];
  });
  afterAll(async () => db.close());

  it('gives each paper store read the same papers, whole only when asked', async () => {
    const whole = new PaperStore(db.graph);
    const narrowed = new PaperStore(db.graph, lean());
    const full = (await whole.findByIds(ids)) as Paper[];
    const bare = (await narrowed.findByIds(ids)) as Paper[];
    expect(full.map((paper) => paper.abstract)).toEqual(ids.map((id) => abstracts.get(id)));
    expect(full.every((paper) => paper.source === 'listing')).toBe(true);
    // One listing paper links a project page besides its code (odin-seg.github.io).
    expect(full.some((paper) => paper.homepages.length > 0)).toBe(true);
    expect(bare.every(isBare)).toBe(true);
    expect(bare.map(paperCore)).toEqual(full.map(paperCore));

    const page = { filter: {}, orderBy: 'ID' as const, limit: 100 };
    const [fullPage, barePage] = await Promise.all([whole.page(page), narrowed.page(page)]);
    expect(fullPage).toHaveLength(ids.length);
    expect(barePage.every(({ paper }) => isBare(paper))).toBe(true);
    expect(barePage.map(({ paper }) => paperCore(paper))).toEqual(
      fullPage.map(({ paper }) => paperCore(paper)),
    );
  });

  it('gives links their provenance, and code links their details, only when asked', async () => {
    const whole = new EntityStore(db.graph);
    const narrowed = new EntityStore(db.graph, lean());
    const full = (await whole.linksByPaperIds(ids)).flat();
    const bare = (await narrowed.linksByPaperIds(ids)).flat();
    expect(full.some((link) => link.mentions.length > 0)).toBe(true);
    expect(full.every((link) => link.confidence > 0 && link.extractorVersion !== '')).toBe(true);
    expect(
      bare.every((l) => l.mentions.length === 0 && l.confidence === 0 && l.extractorVersion === ''),
    ).toBe(true);
    expect(bare.map(linkCore)).toEqual(full.map(linkCore));

    const fullCode = (await new RepositoryStore(db.graph).codeLinksByPaperIds(ids)).flat();
    const bareCode = (await new RepositoryStore(db.graph, lean()).codeLinksByPaperIds(ids)).flat();
    expect(fullCode).toHaveLength(13);
    expect(fullCode.every((code) => code.repository.host && code.extractorVersion)).toBe(true);
    expect(fullCode.some((code) => code.paths.length > 0)).toBe(true);
    expect(
      bareCode.every(
        (code) =>
          code.repository.host === undefined &&
          code.paths.length === 0 &&
          code.extractorVersion === '',
      ),
    ).toBe(true);
    expect(bareCode.map(codeCore)).toEqual(fullCode.map(codeCore));
  });

  it('gives an entity page the same papers and code either way', async () => {
    const request = [{ key: SAE, limit: 20, withCode: true }];
    const [fullPage] = await new EntityStore(db.graph).papersPages(request);
    const [barePage] = await new EntityStore(db.graph, lean()).papersPages(request);
    expect(fullPage?.length).toBeGreaterThan(1);
    expect(fullPage?.every((link) => link.paper.abstract === abstracts.get(link.paper.id))).toBe(
      true,
    );
    expect(fullPage?.some((link) => link.mentions.length > 0)).toBe(true);
    expect(barePage?.every((link) => isBare(link.paper) && link.mentions.length === 0)).toBe(true);
    const core = (page: typeof fullPage) =>
      page?.map((link) => [paperCore(link.paper), link.role, link.codeLinks?.map(codeCore)]);
    expect(core(barePage)).toEqual(core(fullPage));
  });

  it('draws the same subgraph either way, labelled only when asked', async () => {
    const seed = { type: 'Entity' as const, key: SAE, kind: 'method' as const };
    const options = { depth: 2, limit: 60 };
    const full = await neighborhood(db.graph, [seed], options);
    const bare = await neighborhood(db.graph, [seed], options, lean());
    const drawn = (graph: typeof full) => ({
      nodes: graph.nodes.map((node) => [node.ref, node.weight, node.community]),
      edges: graph.edges,
    });
    expect(full.nodes.length).toBeGreaterThan(10);
    expect(drawn(bare)).toEqual(drawn(full));
    const papers = (graph: typeof full) => graph.nodes.filter((node) => node.ref.type === 'Paper');
    expect(papers(full).every((node) => node.label === titles.get(node.ref.key))).toBe(true);
    expect(papers(bare).every((node) => node.label === node.ref.key)).toBe(true);
  });

  it('ranks the same similar papers and search hits either way', async () => {
    const [fullSimilar, bareSimilar] = await Promise.all([
      similarPapers(db.graph, ids, { first: 5 }),
      similarPapers(db.graph, ids, { first: 5 }, lean()),
    ]);
    const similarOf = (byId: typeof fullSimilar) =>
      ids.map((id) => (byId.get(id) ?? []).map((s) => [paperCore(s.paper), s.score]));
    expect(similarOf(bareSimilar)).toEqual(similarOf(fullSimilar));
    expect([...bareSimilar.values()].flat().every((s) => isBare(s.paper))).toBe(true);
    expect([...fullSimilar.values()].flat().some((s) => s.paper.abstract !== null)).toBe(true);

    const [fullHits, bareHits] = await Promise.all([
      search(db.graph, 'sparse autoencoders', { first: 10 }),
      search(db.graph, 'sparse autoencoders', { first: 10 }, lean()),
    ]);
    expect(bareHits.map((hit) => [hit.ref, hit.score])).toEqual(
      fullHits.map((hit) => [hit.ref, hit.score]),
    );
    const papersOf = (hits: typeof fullHits) =>
      hits.filter((hit) => hit.ref.type === 'Paper').map((hit) => hit.node as Paper);
    expect(papersOf(fullHits).length).toBeGreaterThan(0);
    expect(papersOf(fullHits).every((paper) => typeof paper.abstract === 'string')).toBe(true);
    expect(papersOf(bareHits).every(isBare)).toBe(true);
  });

  it('serves every value a document asks for only through fragments', async () => {
    const { query } = createTestClient(db);
    type Edge = {
      node: Record<string, unknown> & {
        paperId: string;
        codeLinks: { paths: string[]; repository: { owner: string; host: string } }[];
      };
      provenance: { confidence: number; extractorVersion: string; mentions: unknown[] };
    };
    const { data, errors } = await query<{ entity: { papers: { edges: Edge[] } } }>(
      `query Deep($key: String!) {
        entity(key: $key) { papers(first: 20) { edges { node { ...PaperText } ...Where } } }
      }
      fragment PaperText on Paper {
        paperId summary: abstract source ... on Node { ...Code }
      }
      fragment Code on Paper { codeLinks { paths repository { owner host } } }
      fragment Where on EntityPaperEdge {
        provenance { ... on Provenance { confidence extractorVersion mentions { start end } } }
      }`,
      { key: SAE },
    );
    expect(errors).toBeUndefined();
    const edges = data?.entity.papers.edges ?? [];
    expect(edges.length).toBeGreaterThan(1);
    for (const { node, provenance } of edges) {
      expect(node.summary).toBe(abstracts.get(node.paperId));
      expect(node.source).toBe('listing');
      expect(provenance.confidence).toBeGreaterThan(0);
      expect(provenance.extractorVersion).not.toBe('');
      for (const code of node.codeLinks) expect(code.repository.host).toBe('github');
    }
    expect(edges.some(({ provenance }) => provenance.mentions.length > 0)).toBe(true);
    expect(edges.some(({ node }) => node.codeLinks.some((code) => code.repository.owner))).toBe(
      true,
    );
  });

  it('narrows the statements of a request to what its document selects', async () => {
    const sent: Record<string, unknown>[] = [];
    // The real gateway, recording the parameters of every read the server sends through it.
    const recording = new Proxy(db.graph, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === 'read') {
          return (name: string, params: Record<string, unknown>) => {
            sent.push(params);
            return value.call(target, name, params);
          };
        }
        if (property === 'readTogether') {
          return (statements: { params: Record<string, unknown> }[]) => {
            sent.push(...statements.map((statement) => statement.params));
            return value.call(target, statements);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { query } = createTestClient(db, { graph: recording });
    const flags = () =>
      sent.map(({ withAbstracts, withPaperDetails, withProvenance }) => ({
        withAbstracts,
        withPaperDetails,
        withProvenance,
      }));
    await query(`{ entity(key: "${SAE}") { papers(first: 5) { edges { role node { title } } } } }`);
    expect(flags()).toContainEqual({
      withAbstracts: false,
      withPaperDetails: false,
      withProvenance: false,
    });
    sent.length = 0;
    await query(
      `{ entity(key: "${SAE}") { papers(first: 5) { edges { provenance { confidence } node { url } } } } }`,
    );
    expect(flags()).toContainEqual({
      withAbstracts: false,
      withPaperDetails: true,
      withProvenance: true,
    });
  });

  it('answers a document that asks for none of them exactly as before', async () => {
    const { query } = createTestClient(db);
    const edgesOf = `edges { role node { paperId title repositories { url } } }`;
    const leanDocument = `query Lean($key: String!) { entity(key: $key) { papers(first: 20) { ${edgesOf} } } }`;
    // The same fields, plus some that make the projection whole, which the comparison drops.
    const wholeDocument = `query Whole($key: String!) {
      entity(key: $key) { papers(first: 20) { ${edgesOf} edges { node { abstract url } provenance { confidence mentions { start } } } } }
    }`;
    type Page = {
      entity: {
        papers: {
          edges: {
            role: string;
            node: { paperId: string; title: string; repositories: unknown };
          }[];
        };
      };
    };
    const [leanAnswer, wholeAnswer] = await Promise.all([
      query<Page>(leanDocument, { key: SAE }),
      query<Page>(wholeDocument, { key: SAE }),
    ]);
    expect(leanAnswer.errors).toBeUndefined();
    expect(leanAnswer.data?.entity.papers.edges.length).toBeGreaterThan(1);
    expect(leanAnswer.data?.entity.papers.edges).toEqual(
      wholeAnswer.data?.entity.papers.edges.map(({ role, node }) => ({
        role,
        node: { paperId: node.paperId, title: node.title, repositories: node.repositories },
      })),
    );
  });
});
