import neo4j from 'neo4j-driver';
import type { EntityKind, RelatedEntity } from '../domain/models.ts';
import { boundedInt } from './bounds.ts';
import { toEntity } from './entity-store.ts';
import type { GraphReader } from './run.ts';

export interface RelatedOptions {
  /** 0..100. */
  first: number;
  kind?: EntityKind;
  /** Keep only entities scoring at least this (NPMI, in [-1, 1]). */
  minScore?: number;
}

/** Papers of one source entity expanded at most; past it the co-occurrence is estimated. */
export const RELATED_PAPER_CAP = 2_000;
const MAX_FIRST = 100;

/**
 * The entities that co-occur most strongly with each of `keys` (normalised PMI over papers,
 * formula in `cypher/queries/traversal/related-entities.cypher`), for a DataLoader: one round
 * trip for the whole batch, an empty list for unknown keys. Cost per key: at most
 * RELATED_PAPER_CAP papers × their entities, whatever the source's paperCount.
 */
export async function relatedEntities(
  graph: GraphReader,
  keys: readonly string[],
  options: RelatedOptions,
): Promise<Map<string, RelatedEntity[]>> {
  const rows = await graph.read('traversal/related-entities', {
    keys: [...new Set(keys)],
    first: neo4j.int(boundedInt('first', options.first, 0, MAX_FIRST)),
    kind: options.kind ?? null,
    minScore: options.minScore ?? null,
    paperCap: neo4j.int(RELATED_PAPER_CAP),
  });
  const byKey = new Map<string, RelatedEntity[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const related = (row.related as Record<string, unknown>[]).map((item) => ({
      entity: toEntity(item.entity),
      score: Number(item.score),
      cooccurrences: Number(item.cooccurrences),
    }));
    byKey.set(row.key as string, related);
  }
  return byKey;
}
