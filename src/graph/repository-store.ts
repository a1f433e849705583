import type { CodeLink, Repository } from '../domain/models.ts';
import { toMentions } from './mentions.ts';
import { Projection } from './projection.ts';
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

/** A code link from `{details: code {.*}, repository: r {...}}`; details null when not projected. */
export function toCodeLink(row: Record<string, unknown>): CodeLink {
  const details = (row.details ?? {}) as Record<string, unknown>;
  return {
    repository: toRepository(row.repository),
    paths: (details.paths as string[] | undefined) ?? [],
    confidence: Number(details.confidence ?? 1),
    extractorVersion: String(details.extractorVersion ?? ''),
    mentions: toMentions(details),
  };
}

export class RepositoryStore {
  constructor(
    private readonly graph: GraphReader,
    private readonly projection = new Projection(),
  ) {}

  async findByKeys(keys: readonly string[]): Promise<(Repository | null)[]> {
    const rows = await this.graph.read('repository/find-by-keys', { keys });
    const byKey = new Map(
      rows.map((row: Row) => [row.key as string, toRepository(row.repository)]),
    );
    return keys.map((key) => byKey.get(key) ?? null);
  }

  /** The code links of each paper, in the order of `paperIds`. */
  async codeLinksByPaperIds(paperIds: readonly string[]): Promise<CodeLink[][]> {
    const rows = await this.graph.read('repository/code-links-by-paper-ids', {
      ids: paperIds,
      ...this.projection.codeParams,
    });
    const byPaper = new Map(
      rows.map((row: Row) => [
        row.paperId as string,
        (row.links as Record<string, unknown>[]).map(toCodeLink),
      ]),
    );
    return paperIds.map((id) => byPaper.get(id) ?? []);
  }
}
