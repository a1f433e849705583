import type { Driver } from 'neo4j-driver';
import { listProperties } from '../export/graph-layout.ts';
import { QueryRegistry } from '../graph/cypher.ts';
import { createDriver, type Neo4jConnection } from '../graph/driver.ts';
import { awaitIndexes, restoreEmptyLists } from '../graph/import-store.ts';
import { migrate } from '../graph/migrate.ts';
import { Graph } from '../graph/run.ts';
import { refreshSimilarityWeights } from '../graph/similarity-weights.ts';

/** Seconds per step of making an imported database what ingest would have made. */
export interface FinishTimings {
  /** Constraints and index definitions (the migrations). */
  migrate: number;
  /** Waiting for the new indexes to be populated. */
  indexes: number;
  /** Empty lists set back (see restoreEmptyLists). */
  restoreLists: number;
  /** Papers' similarity weights computed, so that `similar` is fast from the first request. */
  weights: number;
}

export interface ImportedGraph {
  graph: Graph;
  driver: Driver;
  /** Nodes and relationships whose empty lists were set back. */
  restored: number;
  timings: FinishTimings;
  close(): Promise<void>;
}

const MAINTENANCE_TIMEOUT_MS = 600_000;

const since = (started: number) => (performance.now() - started) / 1000;

/**
 * Connects to a database just loaded by neo4j-admin import (its server started) and finishes
 * it: applies the migrations, waits until every index is populated, and sets back the empty
 * lists the importer cannot write, so the API answers as on an ingested graph; then computes the
 * papers' similarity weights, as `kg ingest` does when it ends.
 */
export async function openImportedGraph(connection: Neo4jConnection): Promise<ImportedGraph> {
  const driver = createDriver(connection);
  try {
    let started = performance.now();
    await migrate(driver, connection.database);
    const timings: FinishTimings = {
      migrate: since(started),
      indexes: 0,
      restoreLists: 0,
      weights: 0,
    };
    // A pass over the whole graph, not a request: a scan of every MENTIONS link of a million
    // papers can outlast the serving timeout (30 s) on a busy machine even when it changes nothing.
    const graph = new Graph(driver, new QueryRegistry(), {
      database: connection.database,
      timeoutMs: MAINTENANCE_TIMEOUT_MS,
    });
    // The indexes first, so that each step's time is its own (they populate in the background).
    started = performance.now();
    await awaitIndexes(graph);
    timings.indexes = since(started);
    started = performance.now();
    const restored = await restoreEmptyLists(graph, listProperties());
    timings.restoreLists = since(started);
    started = performance.now();
    await refreshSimilarityWeights(graph);
    timings.weights = since(started);
    return { graph, driver, restored, timings, close: () => driver.close() };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
