import neo4j from 'neo4j-driver';
import type { Paper } from '../domain/models.ts';
import type { Graph, Row } from './run.ts';

export function toPaper(row: unknown): Paper {
  const props = row as Record<string, unknown>;
  return {
    id: props.id as string,
    title: props.title as string,
    abstract: props.abstract as string,
    source: props.source as string,
    homepages: (props.homepages as string[] | undefined) ?? [],
    arxivId: (props.arxivId as string | undefined) ?? null,
    published: (props.published as string | undefined) ?? null,
    url: (props.url as string | undefined) ?? null,
  };
}

export interface PageRequest {
  after?: string;
  before?: string;
  limit: number;
  descending: boolean;
}

export class PaperStore {
  constructor(private readonly graph: Graph) {}

  async page(request: PageRequest): Promise<Paper[]> {
    const rows = await this.graph.read('paper/list-page', {
      after: request.after ?? null,
      before: request.before ?? null,
      // Cypher's LIMIT wants an integer; plain JavaScript numbers travel as floats.
      limit: neo4j.int(request.limit),
      descending: request.descending,
    });
    return rows.map((row) => toPaper(row.paper));
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read('paper/count');
    return Number(row?.count ?? 0);
  }

  /** One value per id, in order, null where no paper has that id (the DataLoader contract). */
  async findByIds(ids: readonly string[]): Promise<(Paper | null)[]> {
    const rows = await this.graph.read('paper/find-by-ids', { ids });
    const byId = new Map(rows.map((row: Row) => [row.id as string, toPaper(row.paper)]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
