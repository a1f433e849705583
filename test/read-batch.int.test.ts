import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadBatch } from '../src/graph/read-batch.ts';
import type { Row } from '../src/graph/run.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

/** Reads asked in one turn of the event loop, each through the request's batch. */
type Ask = [name: string, params: Row];

describe('ReadBatch: one round trip for the reads of one turn', () => {
  let db: TestGraph;
  let trips: string[][];
  beforeAll(async () => {
    db = await openListingGraph();
  });
  afterAll(async () => db.close());

  /** A batch over the suite's graph that logs each round trip's statement names. */
  function batchLoggingTrips() {
    trips = [];
    const graph = Object.create(db.graph) as typeof db.graph;
    graph.read = (name, params) => {
      trips.push([name]);
      return db.graph.read(name, params);
    };
    graph.readTogether = (statements) => {
      trips.push(statements.map(({ name }) => name));
      return db.graph.readTogether(statements);
    };
    return new ReadBatch(graph);
  }

  const asks: Ask[] = [
    [
      'entity/list-by-paper-count',
      { kind: null, afterCount: null, afterKey: null, limit: neo4j.int(12) },
    ],
    [
      'entity/list-by-name',
      { kind: 'method', afterName: null, afterKey: null, limit: neo4j.int(12) },
    ],
    // Nothing found, between statements that find something: still one answer each.
    ['paper/find-by-ids', { ids: ['no such paper'], withAbstracts: true, withPaperDetails: true }],
    ['traversal/stats', {}],
    ['entity/count', { kind: null }],
  ];

  it('sends statements asked in the same turn together, each answered with its own rows in their order', async () => {
    const alone = await Promise.all(asks.map(([name, params]) => db.graph.read(name, params)));
    const batch = batchLoggingTrips();
    const together = await Promise.all(asks.map(([name, params]) => batch.read(name, params)));
    expect(trips).toEqual([asks.map(([name]) => name)]);
    expect(together).toEqual(alone);
    // The lists are ordered, and long enough for a lost order to show.
    expect(together[0]?.length).toBe(12);
    expect(together[1]?.length).toBe(12);
    expect(together[2]).toEqual([]);
  });

  it('sends a statement alone in its turn as it is, and later turns separately', async () => {
    const batch = batchLoggingTrips();
    const [name, params] = asks[3] as Ask;
    await batch.read(name, params);
    await Promise.all([batch.read('entity/count', { kind: 'task' }), batch.read(name, params)]);
    expect(trips).toEqual([[name], ['entity/count', name]]);
  });

  it('fails only the statement that fails, not the others of its turn', async () => {
    const batch = batchLoggingTrips();
    const [good, bad] = await Promise.allSettled([
      batch.read('entity/count', { kind: 'method' }),
      // A parameter the statement needs is missing: the server refuses it.
      batch.read('entity/list-by-name', { kind: null }),
    ]);
    expect(good).toMatchObject({ status: 'fulfilled', value: [{ count: expect.any(Number) }] });
    expect(bad).toMatchObject({
      status: 'rejected',
      reason: { code: 'INTERNAL', message: 'Query entity/list-by-name failed' },
    });
    // Together first; then, after the combined statement failed, each again on its own.
    expect(trips).toEqual([
      ['entity/count', 'entity/list-by-name'],
      ['entity/count'],
      ['entity/list-by-name'],
    ]);
  });
});
