import neo4j from 'neo4j-driver';
import type {
  CodeLink,
  Entity,
  EntityKind,
  EntityLink,
  EntityRole,
  Paper,
  Repository,
} from '../domain/models.ts';
import { canonicalKey } from '../extraction/canonical-key.ts';
import { toMentions } from './mentions.ts';
import { toPaper } from './paper-store.ts';
import { Projection } from './projection.ts';
import { toCodeLink, toRepository } from './repository-store.ts';
import type { GraphReader, Row } from './run.ts';

const ROLE_OF_TYPE: Record<string, EntityRole> = {
  PROPOSES: 'proposed',
  USES: 'used',
  MENTIONS: 'mentioned',
};
export const TYPE_OF_ROLE: Record<EntityRole, string> = {
  proposed: 'PROPOSES',
  used: 'USES',
  mentioned: 'MENTIONS',
};

export function toEntity(row: unknown): Entity {
  const props = row as Record<string, unknown>;
  return {
    key: props.key as string,
    kind: props.kind as EntityKind,
    name: props.name as string,
    aliases: (props.aliases as string[] | undefined) ?? [],
    paperCount: Number(props.paperCount ?? 0),
  };
}

/** A link's `provenance` and `mentions` maps; what the request's Projection left out is empty. */
function toProvenance(row: Record<string, unknown>) {
  const provenance = (row.provenance ?? {}) as Record<string, unknown>;
  return {
    confidence: Number(provenance.confidence ?? 0),
    extractorVersion: String(provenance.extractorVersion ?? ''),
    mentions: toMentions(row.mentions as Record<string, unknown> | null),
  };
}

function toLink(paperId: string, row: Record<string, unknown>): EntityLink {
  return {
    paperId,
    entity: toEntity(row.entity),
    role: ROLE_OF_TYPE[row.type as string] ?? 'mentioned',
    ...toProvenance(row),
  };
}

/** A paper linked to an entity, with the link's provenance. */
export interface PaperLink extends Omit<EntityLink, 'entity' | 'paperId'> {
  paper: Paper;
  /** The paper's code links, when the request asked for them (`withCode`). */
  codeLinks?: CodeLink[];
}

export interface PapersPageRequest {
  key: string;
  role?: EntityRole;
  after?: string;
  limit: number;
  /** Bring each paper's code links along (the page's papers are asked for their code). */
  withCode?: boolean;
}

export interface EntityPageRequest {
  kind?: EntityKind;
  orderBy: 'PAPER_COUNT' | 'NAME';
  after?: Entity;
  limit: number;
}

/** Lucene phrase syntax for an exact name: quotes and backslashes escaped, nothing else interpreted. */
function lucenePhrase(text: string): string {
  return `"${text.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

export class EntityStore {
  constructor(
    private readonly graph: GraphReader,
    private readonly projection = new Projection(),
  ) {}

  async findByKeys(keys: readonly string[]): Promise<(Entity | null)[]> {
    const rows = await this.graph.read('entity/find-by-keys', { keys });
    const byKey = new Map(rows.map((row: Row) => [row.key as string, toEntity(row.entity)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  /** The entity a name or alias means; canonical keys make case, plurals and hyphens irrelevant. */
  async findByName(name: string): Promise<Entity | null> {
    const [row] = await this.graph.read('entity/find-by-name', {
      key: canonicalKey(name),
      name,
      phrase: lucenePhrase(name),
    });
    return row ? toEntity(row.entity) : null;
  }

  async page(request: EntityPageRequest): Promise<Entity[]> {
    const common = {
      kind: request.kind ?? null,
      afterKey: request.after?.key ?? null,
      limit: neo4j.int(request.limit),
    };
    // One statement per order, so that each can walk its own index instead of sorting them all.
    const rows =
      request.orderBy === 'NAME'
        ? await this.graph.read('entity/list-by-name', {
            ...common,
            afterName: request.after?.name ?? null,
          })
        : await this.graph.read('entity/list-by-paper-count', {
            ...common,
            afterCount: request.after ? neo4j.int(request.after.paperCount) : null,
          });
    return rows.map((row) => toEntity(row.entity));
  }

  async count(kind?: EntityKind): Promise<number> {
    const [row] = await this.graph.read('entity/count', { kind: kind ?? null });
    return Number(row?.count ?? 0);
  }

  /** Every entity link of each paper, in the order of `paperIds`. */
  async linksByPaperIds(paperIds: readonly string[]): Promise<EntityLink[][]> {
    const rows = await this.graph.read('entity/links-by-paper-ids', {
      ids: paperIds,
      ...this.projection.linkParams,
    });
    const byPaper = new Map(
      rows.map((row: Row) => [
        row.paperId as string,
        (row.links as Record<string, unknown>[]).map((link) => toLink(row.paperId as string, link)),
      ]),
    );
    return paperIds.map((id) => byPaper.get(id) ?? []);
  }

  /** One page of papers per request, all in one round trip. */
  async papersPages(requests: readonly PapersPageRequest[]): Promise<PaperLink[][]> {
    const rows = await this.graph.read('entity/papers-pages', {
      requests: requests.map((request) => ({
        key: request.key,
        type: request.role ? TYPE_OF_ROLE[request.role] : null,
        after: request.after ?? null,
        limit: neo4j.int(request.limit),
        withCode: request.withCode ?? false,
      })),
      maxLimit: neo4j.int(Math.max(0, ...requests.map((request) => request.limit))),
      ...this.projection.paperParams,
      ...this.projection.linkParams,
      ...this.projection.codeParams,
    });
    const pages: PaperLink[][] = requests.map(() => []);
    for (const row of rows) {
      pages[row.request as number] = (row.links as Record<string, unknown>[]).map((link) => {
        const { entity: _none, paperId: _id, ...rest } = toLink('', { ...link, entity: {} });
        const codeLinks = link.codeLinks as Record<string, unknown>[] | null;
        return {
          ...rest,
          paper: toPaper(link.paper),
          ...(codeLinks ? { codeLinks: codeLinks.map(toCodeLink) } : {}),
        };
      });
    }
    return pages;
  }

  async repositoriesOfProposers(keys: readonly string[]): Promise<Repository[][]> {
    const rows = await this.graph.read('entity/repositories-of-proposed', { keys });
    const byKey = new Map(
      rows.map((row: Row) => [
        row.key as string,
        (row.repositories as unknown[]).map(toRepository),
      ]),
    );
    return keys.map((key) => byKey.get(key) ?? []);
  }
}
