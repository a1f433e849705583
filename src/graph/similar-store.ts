import neo4j from 'neo4j-driver';
import type { SimilarPaper } from '../domain/models.ts';
import { boundedInt } from './bounds.ts';
import { toEntity } from './entity-store.ts';
import { toPaper } from './paper-store.ts';
import { Projection } from './projection.ts';
import type { GraphReader } from './run.ts';

/** Entities in more than this share of all papers are too generic to make papers similar. */
export const GENERIC_ENTITY_SHARE = 0.2;
/** Entities in more papers than this are never expanded, whatever the share (bounds the cost). */
export const SIMILAR_MAX_ENTITY_PAPERS = 1_000;
const MAX_FIRST = 100;

/**
 * The papers most like each of `ids` by the informative entities they share, weighted by idf
 * (an idf-weighted Ochiai coefficient in [0, 1]; formula and caps in
 * `cypher/queries/traversal/similar-papers.cypher`), for a DataLoader: one round trip, an empty
 * list for unknown ids. Cost per id: its entities × SIMILAR_MAX_ENTITY_PAPERS candidate links,
 * plus the candidates' own entities.
 */
export async function similarPapers(
  graph: GraphReader,
  ids: readonly string[],
  options: { /** 0..100. */ first: number },
  projection = new Projection(),
): Promise<Map<string, SimilarPaper[]>> {
  const first = boundedInt('first', options.first, 0, MAX_FIRST);
  const rows = await graph.read('traversal/similar-papers', {
    ids: [...new Set(ids)],
    first: neo4j.int(first),
    genericShare: GENERIC_ENTITY_SHARE,
    maxPapers: neo4j.int(SIMILAR_MAX_ENTITY_PAPERS),
    ...projection.paperParams,
  });
  const byId = new Map<string, SimilarPaper[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const similar = (row.similar as Record<string, unknown>[]).map((item) => ({
      paper: toPaper(item.paper),
      score: Number(item.score),
      shared: (item.shared as unknown[]).map(toEntity),
    }));
    byId.set(row.id as string, similar);
  }
  return byId;
}
