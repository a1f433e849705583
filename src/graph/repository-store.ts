import type { CodeLink, Repository } from '../domain/models.ts';
import type { GraphReader, Row } from './run.ts';

export function toRepository(row: unknown): Repository {
  const props = row as Record<string, unknown>;
  return {
    key: props.key as string,
    url: props.url as string,
    host: props.host as string,
    owner: props.owner as string,
    name: props.name as string,
    paperCount: Number(props.paperCount ?? 0),
  };
}

export function toCodeLink(row: Record<string, unknown>): CodeLink {
  const fields = (row.mentionFields as string[] | undefined) ?? [];
  const starts = (row.mentionStarts as number[] | undefined) ?? [];
  const ends = (row.mentionEnds as number[] | undefined) ?? [];
  return {
    repository: toRepository(row.repository),
    paths: (row.paths as string[] | undefined) ?? [],
    confidence: Number(row.confidence ?? 1),
    extractorVersion: String(row.extractorVersion ?? ''),
    mentions: fields.map((field, i) => ({ field, start: starts[i] ?? 0, end: ends[i] ?? 0 })),
  };
}

export class RepositoryStore {
  constructor(private readonly graph: GraphReader) {}

  async findByKeys(keys: readonly string[]): Promise<(Repository | null)[]> {
    const rows = await this.graph.read('repository/find-by-keys', { keys });
    const byKey = new Map(
      rows.map((row: Row) => [row.key as string, toRepository(row.repository)]),
    );
    return keys.map((key) => byKey.get(key) ?? null);
  }

  /** The code links of each paper, in the order of `paperIds`. */
  async codeLinksByPaperIds(paperIds: readonly string[]): Promise<CodeLink[][]> {
    const rows = await this.graph.read('repository/code-links-by-paper-ids', { ids: paperIds });
    const byPaper = new Map(
      rows.map((row: Row) => [
        row.paperId as string,
        (row.links as Record<string, unknown>[]).map(toCodeLink),
      ]),
    );
    return paperIds.map((id) => byPaper.get(id) ?? []);
  }
}
