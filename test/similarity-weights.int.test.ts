import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimilarPaper } from '../src/domain/models.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { createDriver } from '../src/graph/driver.ts';
import { Graph } from '../src/graph/run.ts';
import {
  GENERIC_ENTITY_SHARE,
  SIMILAR_MAX_ENTITY_PAPERS,
  similarPapers,
} from '../src/graph/similar-store.ts';
import {
  refreshSimilarityWeights,
  similarityWeightsState,
} from '../src/graph/similarity-weights.ts';
import { deletePaper, ingestPapers } from '../src/ingest/ingest-papers.ts';
import type { RawPaper } from '../src/ingest/raw-paper.ts';
import {
  createWeightsChecker,
  keepSimilarityWeightsCurrent,
} from '../src/server/weights-refresher.ts';
import { jsonExportLines } from './support/json-export.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

const FIRST = 5;

/** A paper no other shares anything with, so that writing or deleting it moves only the version. */
const loner = (title: string): RawPaper => ({
  origin: `test: ${title}`,
  source: 'jsonl',
  title,
  abstract: 'Nothing here names a method, a task or a dataset.',
});

describe('stored similarity weights', () => {
  let db: TestGraph;
  let ids: string[];
  beforeAll(async () => {
    db = await openListingGraph();
    const { records } = await db.driver.executeQuery('MATCH (p:Paper) RETURN p.id AS id');
    ids = records.map((record) => record.get('id') as string);
  });
  afterAll(async () => db.close());

  const answers = () => similarPapers(db.graph, ids, { first: FIRST });
  const current = async () => (await similarityWeightsState(db.graph)).current;
  /** Makes the next refresh recompute every paper, as after a write, without changing the graph. */
  const invalidate = () =>
    db.driver.executeQuery('MATCH (s:__KgGraphState) SET s.weightsVersion = -1');

  /**
   * Same scores at every rank (equal scores may differ in their last bit between the two ways of
   * summing, so ties may come in either order) and the same score for each paper in both lists.
   */
  const expectSameAnswers = (
    got: Map<string, SimilarPaper[]>,
    want: Map<string, SimilarPaper[]>,
  ) => {
    for (const id of ids) {
      const gotList = got.get(id) ?? [];
      const wantList = want.get(id) ?? [];
      expect(gotList.length, id).toBe(wantList.length);
      const wantScores = new Map(wantList.map((s) => [s.paper.id, s.score]));
      for (const [rank, similar] of gotList.entries()) {
        expect(similar.score, id).toBeCloseTo(wantList[rank]?.score ?? -1, 9);
        const same = wantScores.get(similar.paper.id);
        if (same !== undefined) expect(similar.score, id).toBeCloseTo(same, 9);
      }
    }
  };

  it('are unused after an ingest, and once refreshed give the answers counting live gives', async () => {
    expect(await current()).toBe(false);
    const live = await answers();
    const result = await refreshSimilarityWeights(db.graph, { pageSize: 10 });
    expect(result).toEqual({ refreshed: true, papers: 63, changed: 63, current: true });
    expect(await current()).toBe(true);
    expectSameAnswers(await answers(), live);
  });

  it('hold, for every paper, its informative entities and the sum of their paper counts’ logs', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (p:Paper) WITH count(p) AS n
       MATCH (paper:Paper)
       RETURN n, paper.idfTerms AS terms, paper.idfLogSum AS logSum,
              [(paper)-[:PROPOSES|USES|MENTIONS]->(e:Entity) | e.paperCount] AS counts`,
    );
    const n = Number(records[0]?.get('n'));
    const cap = Math.min(SIMILAR_MAX_ENTITY_PAPERS, Math.max(2, GENERIC_ENTITY_SHARE * n));
    for (const record of records) {
      const informative = (record.get('counts') as unknown[])
        .map(Number)
        .filter((count) => count >= 2 && count <= cap);
      expect(Number(record.get('terms'))).toBe(informative.length);
      const logSum = informative.reduce((sum, count) => sum + Math.log(count), 0);
      expect(record.get('logSum') as number).toBeCloseTo(logSum, 9);
    }
  });

  it('are what `similar` reads while current, and ignored after any write', async () => {
    // The write below updates this paper: the paper count, and so the cap, stay as they are.
    const nothing = loner('A study of nothing in particular');
    await ingestPapers(db.graph, [nothing]);
    expect((await refreshSimilarityWeights(db.graph)).current).toBe(true);
    const before = await answers();
    const [paper, list] = [...before].find(([, similar]) => similar.length > 1) ?? [];
    const top = list?.[0]?.paper.id;
    // A tiny log sum makes the top candidate's own weight huge and so its score tiny.
    await db.driver.executeQuery('MATCH (p:Paper {id: $top}) SET p.idfLogSum = -1.0e6', { top });
    expect((await answers()).get(paper as string)?.[0]?.paper.id).not.toBe(top);

    const update = await ingestPapers(db.graph, [{ ...nothing, abstract: 'Still nothing.' }]);
    expect(update).toMatchObject({ created: 0, updated: 1 });
    expect(await current()).toBe(false);
    const afterWrite = await answers();
    expect(afterWrite.get(paper as string)?.[0]?.paper.id).toBe(top);
    const refreshed = await refreshSimilarityWeights(db.graph);
    expect(refreshed.current).toBe(true);
    expectSameAnswers(await answers(), afterWrite);
  });

  it('are rewritten only where they changed', async () => {
    await ingestPapers(db.graph, [loner('Another study of nothing')]);
    const result = await refreshSimilarityWeights(db.graph);
    // N moved on but no paper count did: only the new paper gets weights.
    expect(result).toMatchObject({ refreshed: true, papers: 65, changed: 1, current: true });
    expect(await refreshSimilarityWeights(db.graph)).toEqual({
      refreshed: false,
      papers: 0,
      changed: 0,
      current: true,
    });
  });

  it('are not marked current when a write commits while they are recomputed', async () => {
    await invalidate();
    let wrote = false;
    const result = await refreshSimilarityWeights(db.graph, {
      pageSize: 10,
      onProgress: async () => {
        if (wrote) return;
        wrote = true;
        await ingestPapers(db.graph, [loner('A study written during a refresh')]);
      },
    });
    expect(result).toMatchObject({ refreshed: true, current: false });
    expect(await current()).toBe(false);
    expect((await refreshSimilarityWeights(db.graph)).current).toBe(true);
  });

  it('are unused after a paper is deleted', async () => {
    const { records } = await db.driver.executeQuery(
      "MATCH (p:Paper {title: 'A study written during a refresh'}) RETURN p.id AS id",
    );
    expect(await deletePaper(db.graph, records[0]?.get('id'))).toBe(true);
    expect(await current()).toBe(false);
  });

  it('stay out of exports: the server recomputes them', async () => {
    await refreshSimilarityWeights(db.graph);
    const lines = await jsonExportLines(db.graph);
    expect(lines.filter((line) => line.includes('"Paper"')).length).toBeGreaterThan(60);
    expect(lines.filter((line) => /idfTerms|idfLogSum/.test(line))).toEqual([]);
  });

  it('are kept current by the server after a write, whoever made it', async () => {
    const warnings: string[] = [];
    const refresher = keepSimilarityWeightsCurrent(db.graph, {
      intervalMs: 50,
      log: { info: () => {}, warn: (_, message) => warnings.push(message) },
    });
    try {
      await ingestPapers(db.graph, [loner('A study the server weighs')]);
      await expect.poll(current, { timeout: 10_000, interval: 50 }).toBe(true);
      expect(warnings).toEqual([]);
    } finally {
      await refresher.stop();
    }
  });

  it('are recomputed by the server only once the graph version stood still from one check to the next', async () => {
    const warnings: string[] = [];
    const checker = createWeightsChecker(db.graph, {
      info: () => {},
      warn: (_, message) => warnings.push(message),
    });
    await ingestPapers(db.graph, [loner('A study the checker sees first')]);
    expect(await checker.check()).toBeUndefined();
    // Writes still coming: a refresh now would be stale before it ended.
    await ingestPapers(db.graph, [loner('A study that comes while the checker waits')]);
    expect(await checker.check()).toBeUndefined();
    expect(await current()).toBe(false);
    expect(await checker.check()).toMatchObject({ refreshed: true, current: true });
    expect(await checker.check()).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('reports a database that is away at every check, and stops cleanly', async () => {
    const driver = createDriver({ ...db.connection, uri: 'bolt://127.0.0.1:1' });
    const away = new Graph(driver, new QueryRegistry(), { database: db.connection.database });
    const warnings: string[] = [];
    const refresher = keepSimilarityWeightsCurrent(away, {
      intervalMs: 50,
      log: { info: () => {}, warn: (_, message) => warnings.push(message) },
    });
    try {
      await expect
        .poll(() => warnings.length, { timeout: 10_000, interval: 50 })
        .toBeGreaterThan(1);
      expect(warnings[0]).toBe('similarity weights refresh failed');
    } finally {
      await refresher.stop();
      await driver.close();
    }
  });
});
