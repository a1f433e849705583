import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

// Timestamps say when a write happened, not what the graph holds; similarity weights are a cache
// a server may recompute at any time (src/graph/similarity-weights.ts).
const VOLATILE = new Set(['ingestedAt', 'updatedAt', 'idfTerms', 'idfLogSum']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    if ('toString' in value && value.constructor?.name !== 'Object') return String(value);
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !VOLATILE.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

/**
 * A digest of every node (labels and properties) and every relationship (type, properties and the
 * identifying keys of both ends), independent of element ids and write order.
 */
export async function graphChecksum(
  driver: Driver,
  database: string,
): Promise<{ checksum: string; nodes: number; relationships: number }> {
  const nodes = await driver.executeQuery(
    // The project's bookkeeping nodes (migrations, the graph version) are not graph content.
    'MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH "__Kg") RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, properties(r) AS props, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to`,
    {},
    { database },
  );
  const lines = [
    ...nodes.records.map((r) =>
      JSON.stringify([[...(r.get('labels') as string[])].sort(), canonical(r.get('props'))]),
    ),
    ...relationships.records.map((r) =>
      JSON.stringify([r.get('type'), r.get('from'), r.get('to'), canonical(r.get('props'))]),
    ),
  ].sort();
  return {
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex'),
    nodes: nodes.records.length,
    relationships: relationships.records.length,
  };
}
