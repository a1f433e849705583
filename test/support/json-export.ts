import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportGraph } from '../../src/export/export-graph.ts';
import type { Graph } from '../../src/graph/run.ts';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}

/**
 * The graph as `kg export --format json` writes it, one line per node and edge, made
 * comparable: keys, labels and lines sorted, since the order of a paper's links, of a map's
 * keys and of labels is the store's, not part of the graph. `ignore` drops properties by name (timestamps,
 * when two graphs were written at different times).
 */
export async function jsonExportLines(
  graph: Graph,
  { ignore = [] }: { ignore?: readonly string[] } = {},
): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-json-export-'));
  try {
    await exportGraph(graph, { format: 'json', dir });
    const lines: string[] = [];
    for (const file of ['nodes.jsonl', 'edges.jsonl']) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        if (!line) continue;
        const record = JSON.parse(line) as {
          labels?: string[];
          properties: Record<string, unknown>;
        };
        for (const name of ignore) delete record.properties[name];
        // A node's labels are a set; their order is the order the store met them in.
        record.labels?.sort();
        lines.push(`${file} ${JSON.stringify(sortKeys(record))}`);
      }
    }
    return lines.sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
