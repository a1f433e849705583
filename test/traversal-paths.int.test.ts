import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRef, Subgraph } from '../src/domain/models.ts';
import { neighborhood } from '../src/graph/neighborhood-store.ts';
import { shortestPath } from '../src/graph/path-store.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

const key = (ref: NodeRef) => `${ref.type}:${ref.key}`;
const drawnLinks = async (graph: Subgraph) =>
  graph.edges.map((e) => `${key(e.source)} ${e.type} ${key(e.target)}`).sort();

describe('paths and neighbourhoods over the shared listing', () => {
  let db: TestGraph;
  let transcoders: NodeRef;
  let saeEvaluation: NodeRef;
  const isolated: NodeRef = { type: 'Paper', key: 'test:isolated' };
  beforeAll(async () => {
    db = await openListingGraph();
    const paper = async (prefix: string): Promise<NodeRef> => {
      const { records } = await db.driver.executeQuery(
        'MATCH (p:Paper) WHERE p.title STARTS WITH $prefix RETURN p.id AS id',
        { prefix },
      );
      return { type: 'Paper', key: records[0]?.get('id') as string };
    };
    transcoders = await paper('Transcoders Find');
    saeEvaluation = await paper('Towards Principled Evaluations of Sparse Autoencoders');
    await db.driver.executeQuery("CREATE (:Paper {id: $id, title: 'An isolated paper'})", {
      id: isolated.key,
    });
    // The listing names no authors: one, so that authorship links get drawn too.
    await db.driver.executeQuery(
      `MATCH (p:Paper {id: $id})
       CREATE (:Author {key: 'test:author', name: 'A. Tester', paperCount: 1})-[:AUTHORED]->(p)`,
      { id: transcoders.key },
    );
  });
  afterAll(async () => db.close());

  /** Every stored link between two nodes of `graph`, as `drawnLinks` writes them, by brute force. */
  const storedLinksAmong = async (graph: Subgraph) => {
    const { records } = await db.driver.executeQuery(
      `MATCH (a)-[r:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]->(b)
       WITH r, [n IN [a, b] | [l IN labels(n) WHERE l IN ['Paper', 'Entity', 'Repository', 'Author']][0]
         + ':' + coalesce(n.key, n.id)] AS ends
       WHERE ends[0] IN $returned AND ends[1] IN $returned
       RETURN ends[0] + ' ' + type(r) + ' ' + ends[1] AS link`,
      { returned: graph.nodes.map((n) => key(n.ref)) },
    );
    return records.map((record) => record.get('link') as string).sort();
  };

  it('finds paper, shared entity, paper between two papers naming the same method', async () => {
    const path = await shortestPath(db.graph, transcoders, saeEvaluation, 4);
    expect(path?.nodes.map((n) => n.ref.type)).toEqual(['Paper', 'Entity', 'Paper']);
    expect(path?.nodes[0]?.ref).toEqual(transcoders);
    expect(path?.nodes[2]?.ref).toEqual(saeEvaluation);
    expect(path?.nodes[0]?.label).toMatch(/^Transcoders Find/);
    const entity = path?.nodes[1]?.ref as NodeRef;
    expect(path?.edges.map((e) => [key(e.source), key(e.target)])).toEqual([
      [key(transcoders), key(entity)],
      [key(saeEvaluation), key(entity)],
    ]);
    expect(path?.edges.every((e) => ['PROPOSES', 'USES', 'MENTIONS'].includes(e.type))).toBe(true);
  });

  it('answers null when no path is short enough, or none exists', async () => {
    expect(await shortestPath(db.graph, transcoders, saeEvaluation, 1)).toBeNull();
    expect(await shortestPath(db.graph, transcoders, isolated, 6)).toBeNull();
    const unknown: NodeRef = { type: 'Author', key: 'nobody' };
    expect(await shortestPath(db.graph, unknown, transcoders, 6)).toBeNull();
    await expect(shortestPath(db.graph, transcoders, isolated, 7)).rejects.toThrow(/maxHops/);
  });

  it('answers a one-node path from a node to itself', async () => {
    const path = await shortestPath(db.graph, isolated, isolated, 3);
    expect(path?.nodes.map((n) => n.ref)).toEqual([isolated]);
    expect(path?.edges).toEqual([]);
  });

  it('keeps a neighbourhood within its limit, seeds first, every edge between returned nodes', async () => {
    const seeds = [transcoders, saeEvaluation];
    const graph = await neighborhood(db.graph, seeds, { depth: 2, limit: 40 });
    expect(graph.nodes.length).toBe(40);
    expect(graph.nodes.slice(0, 2).map((n) => n.ref)).toEqual(seeds);
    const returned = new Set(graph.nodes.map((n) => key(n.ref)));
    expect(returned.size).toBe(graph.nodes.length);
    expect(graph.edges.length).toBeGreaterThan(graph.nodes.length - 2);
    for (const edge of graph.edges) {
      expect(returned.has(key(edge.source)) && returned.has(key(edge.target))).toBe(true);
      expect(edge.weight).toBeGreaterThan(0);
      expect(edge.weight).toBeLessThanOrEqual(1);
    }
    expect(graph.nodes.every((n) => n.label.length > 0 && n.weight >= 0)).toBe(true);
    expect(await drawnLinks(graph)).toEqual(await storedLinksAmong(graph));
  });

  it("draws every stored link among a paper's neighbours in its stored direction, authorship too", async () => {
    const graph = await neighborhood(db.graph, [transcoders], { depth: 1, limit: 500 });
    const drawn = await drawnLinks(graph);
    expect(drawn).toEqual(await storedLinksAmong(graph));
    const types = new Set(drawn.map((link) => link.split(' ')[1]));
    expect([...types]).toEqual(expect.arrayContaining(['AUTHORED', 'HAS_CODE', 'MENTIONS']));
    expect(
      drawn.some((link) => link.startsWith('Author:') && link.endsWith(key(transcoders))),
    ).toBe(true);
  });

  it('draws the same communities every time, the first seed in community 0', async () => {
    const options = { depth: 2, limit: 60 };
    const first = await neighborhood(db.graph, [transcoders], options);
    const again = await neighborhood(db.graph, [transcoders], options);
    expect(again).toEqual(first);
    expect(first.nodes[0]?.community).toBe(0);
    const ids = [...new Set(first.nodes.map((n) => n.community))];
    expect(ids).toEqual(ids.map((_, i) => i));
    expect(ids.length).toBeLessThan(first.nodes.length);
  });

  it('returns only the node types and entity kinds asked for, and the seeds at depth 0', async () => {
    const graph = await neighborhood(db.graph, [transcoders], {
      depth: 2,
      limit: 100,
      types: ['Paper', 'Entity'],
      kinds: ['method'],
    });
    const entities = graph.nodes.filter((n) => n.ref.type === 'Entity');
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.every((n) => n.ref.type === 'Entity' && n.ref.kind === 'method')).toBe(true);
    expect(graph.nodes.some((n) => n.ref.type === 'Repository')).toBe(false);
    const alone = await neighborhood(db.graph, [transcoders], { depth: 0, limit: 10 });
    expect(alone.nodes.map((n) => n.ref)).toEqual([transcoders]);
    expect(alone.edges).toEqual([]);
  });

  it('answers each of these in one round trip', async () => {
    const before = db.queryLog.length;
    await shortestPath(db.graph, transcoders, saeEvaluation, 6);
    await neighborhood(db.graph, [transcoders], { depth: 3, limit: 500 });
    expect(db.queryLog.slice(before)).toEqual([
      'traversal/shortest-path',
      'traversal/neighborhood',
    ]);
  });
});
