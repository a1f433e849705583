import neo4j from 'neo4j-driver';
import type { Graph } from './run.ts';

/** The list properties every node of a label, or every relationship of a type, carries. */
export interface ListProperties {
  element: 'node' | 'link';
  /** The label (nodes) or relationship type (links). */
  name: string;
  properties: string[];
}

/**
 * After `neo4j-admin database import`: sets the empty lists the importer dropped (it has no way
 * to write one), so that an imported graph holds `homepages: []` where ingest would have. Runs in
 * write transactions of `batch` elements each, so no transaction grows with the graph. Returns
 * how many nodes and relationships it changed.
 */
export async function restoreEmptyLists(
  graph: Graph,
  lists: readonly ListProperties[],
  batch = 20_000,
): Promise<number> {
  let total = 0;
  for (const { element, name, properties } of lists) {
    const limit = neo4j.int(batch);
    for (;;) {
      const [row] =
        element === 'node'
          ? await graph.write('import/restore-node-lists', { label: name, properties, limit })
          : await graph.write('import/restore-link-lists', { type: name, properties, limit });
      const restored = Number(row?.restored ?? 0);
      total += restored;
      if (restored < batch) break;
    }
  }
  return total;
}

/** Waits until every index is ONLINE (populated), polling; fails on a FAILED index. */
export async function awaitIndexes(graph: Graph, timeoutMs = 3_600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await graph.read('import/index-population');
    const failed = rows.filter((row) => row.state === 'FAILED');
    if (failed.length > 0)
      throw new Error(`Index population failed: ${failed.map((row) => row.name).join(', ')}`);
    if (rows.every((row) => row.state === 'ONLINE')) return;
    if (Date.now() > deadline) {
      const waiting = rows.filter((row) => row.state !== 'ONLINE');
      throw new Error(
        `Indexes still populating after ${timeoutMs / 1000} s: ${waiting
          .map((row) => `${row.name} ${Number(row.populationPercent).toFixed(0)}%`)
          .join(', ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
