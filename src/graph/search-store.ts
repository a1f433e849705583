import neo4j from 'neo4j-driver';
import type { SearchHit } from '../domain/models.ts';
import { boundedInt } from './bounds.ts';
import { toEntity } from './entity-store.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { filterLabels, type NodeFilter, toNodeRef } from './node-ref.ts';
import { toPaper } from './paper-store.ts';
import { Projection } from './projection.ts';
import type { GraphReader } from './run.ts';

export const MAX_SEARCH_HITS = 50;
/** Hits each full-text index returns before the label filter (see search.cypher). */
export const INDEX_LIMIT = 200;

export interface SearchOptions extends NodeFilter {
  /** 1..50. */
  first: number;
}

/**
 * Papers (title, abstract) and entities (name, aliases) matching free text, typos of one edit
 * included (`lucene-query.ts`), best Lucene score first, each hit with its paper or entity. One
 * round trip (none for text with no letters or digits); each index is read for at most
 * INDEX_LIMIT hits, and at most MAX_QUERY_TERMS terms are looked up.
 */
export async function search(
  graph: GraphReader,
  text: string,
  options: SearchOptions,
  projection = new Projection(),
): Promise<SearchHit[]> {
  const first = boundedInt('first', options.first, 1, MAX_SEARCH_HITS);
  const query = toLuceneQuery(text);
  if (query === '') return [];
  const rows = await graph.read('traversal/search', {
    query,
    labels: filterLabels(options),
    indexLimit: neo4j.int(INDEX_LIMIT),
    first: neo4j.int(first),
    ...projection.paperParams,
  });
  return rows.map((row) => {
    const ref = toNodeRef(row.labels as string[], { id: row.key, key: row.key, kind: row.kind });
    return {
      ref,
      score: Number(row.score),
      node: ref.type === 'Paper' ? toPaper(row.props) : toEntity(row.props),
    };
  });
}
