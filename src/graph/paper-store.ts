import neo4j from 'neo4j-driver';
import type { Paper } from '../domain/models.ts';
import { Projection } from './projection.ts';
import type { GraphReader, Row } from './run.ts';

/**
 * A paper from a statement's `p {.id, .title, abstract, details: p {.source, .homepages,
 * .arxivId, .published, .url}}`. The statements name these properties rather than `p {.*}`,
 * which would also bring `ingestedAt` and `updatedAt`: the driver turns each DateTime into an
 * object through 64-bit Integer arithmetic, and on the entity-papers page that was a visible
 * share of the server's CPU for two values nothing reads. The abstract and the details are null
 * when the request's Projection left them out, which it does only for documents that select
 * none of their fields: nothing reads them then.
 */
export function toPaper(row: unknown): Paper {
  const props = row as Record<string, unknown>;
  const details = (props.details ?? {}) as Record<string, unknown>;
  return {
    id: props.id as string,
    title: props.title as string,
    abstract: props.abstract as string,
    source: details.source as string,
    homepages: (details.homepages as string[] | undefined) ?? [],
    arxivId: (details.arxivId as string | undefined) ?? null,
    published: (details.published as string | undefined) ?? null,
    url: (details.url as string | undefined) ?? null,
  };
}

export type PaperOrder = 'ID' | 'PUBLISHED_DESC' | 'TITLE';

export interface PaperFilter {
  entityKey?: string;
  /** PROPOSES, USES or MENTIONS, with entityKey. */
  relationship?: string;
  proposesKind?: string;
  hasCode?: boolean;
  publishedFrom?: string;
  publishedTo?: string;
  /** Ids matching a full-text filter, already resolved. */
  textIds?: string[];
}

export interface PageRequest {
  filter: PaperFilter;
  orderBy: PaperOrder;
  /** Sort value and id of the last paper of the previous page. */
  after?: { value: string; id: string };
  limit: number;
}

const TEXT_MATCH_LIMIT = 1_000;

function filterParams(filter: PaperFilter): Row {
  return {
    entityKey: filter.entityKey ?? null,
    role: filter.relationship ?? null,
    proposesKind: filter.proposesKind ?? null,
    hasCode: filter.hasCode ?? null,
    publishedFrom: filter.publishedFrom ?? null,
    publishedTo: filter.publishedTo ?? null,
    textIds: filter.textIds ?? null,
  };
}

/** Keys a list of rows by one column and maps each to papers, in the order of `keys`. */
function papersByKey(rows: Row[], keys: readonly string[]): Paper[][] {
  const byKey = new Map(
    rows.map((row) => [row.key as string, (row.papers as unknown[]).map(toPaper)]),
  );
  return keys.map((key) => byKey.get(key) ?? []);
}

export class PaperStore {
  constructor(
    private readonly graph: GraphReader,
    private readonly projection = new Projection(),
  ) {}

  /** Papers with the sort value each was ordered by (the next page's cursor). */
  async page(request: PageRequest): Promise<{ paper: Paper; sortValue: string }[]> {
    const rows = await this.graph.read('paper/list-page', {
      ...filterParams(request.filter),
      orderBy: request.orderBy,
      afterValue: request.after?.value ?? null,
      afterId: request.after?.id ?? null,
      // Cypher's LIMIT wants an integer; plain JavaScript numbers travel as floats.
      limit: neo4j.int(request.limit),
      ...this.projection.paperParams,
    });
    return rows.map((row) => ({ paper: toPaper(row.paper), sortValue: row.sortValue as string }));
  }

  async count(filter: PaperFilter = {}): Promise<number> {
    const [row] = await this.graph.read('paper/count-filtered', filterParams(filter));
    return Number(row?.count ?? 0);
  }

  /** Ids of the papers a full-text query matches, best first, at most 1,000. */
  async textMatches(luceneQuery: string): Promise<string[]> {
    const [row] = await this.graph.read('paper/text-matches', {
      query: luceneQuery,
      limit: neo4j.int(TEXT_MATCH_LIMIT),
    });
    return (row?.ids as string[] | undefined) ?? [];
  }

  /** One value per id, in order, null where no paper has that id (the DataLoader contract). */
  async findByIds(ids: readonly string[]): Promise<(Paper | null)[]> {
    const rows = await this.graph.read('paper/find-by-ids', {
      ids,
      ...this.projection.paperParams,
    });
    const byId = new Map(rows.map((row: Row) => [row.id as string, toPaper(row.paper)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findByArxivId(arxivId: string): Promise<Paper | null> {
    const [row] = await this.graph.read('paper/find-by-arxiv-id', {
      arxivId,
      ...this.projection.paperParams,
    });
    return row ? toPaper(row.paper) : null;
  }

  async byAuthorKeys(keys: readonly string[], limit: number): Promise<Paper[][]> {
    return papersByKey(
      await this.graph.read('paper/by-author-keys', {
        keys,
        limit: neo4j.int(limit),
        ...this.projection.paperParams,
      }),
      keys,
    );
  }

  async byRepositoryKeys(keys: readonly string[], limit: number): Promise<Paper[][]> {
    return papersByKey(
      await this.graph.read('paper/by-repository-keys', {
        keys,
        limit: neo4j.int(limit),
        ...this.projection.paperParams,
      }),
      keys,
    );
  }
}
