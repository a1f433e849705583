import type { Author } from '../domain/models.ts';
import type { GraphReader, Row } from './run.ts';

function toAuthor(row: unknown): Author {
  const props = row as Record<string, unknown>;
  return {
    key: props.key as string,
    name: props.name as string,
    paperCount: Number(props.paperCount ?? 0),
  };
}

export class AuthorStore {
  constructor(private readonly graph: GraphReader) {}

  async findByKeys(keys: readonly string[]): Promise<(Author | null)[]> {
    const rows = await this.graph.read('author/find-by-keys', { keys });
    const byKey = new Map(rows.map((row: Row) => [row.key as string, toAuthor(row.author)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  /** The authors of each paper in the order the paper lists them. */
  async byPaperIds(ids: readonly string[]): Promise<Author[][]> {
    const rows = await this.graph.read('author/by-paper-ids', { ids });
    const byPaper = new Map(
      rows.map((row: Row) => [row.paperId as string, (row.authors as unknown[]).map(toAuthor)]),
    );
    return ids.map((id) => byPaper.get(id) ?? []);
  }
}
