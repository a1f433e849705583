import type { ExportNode } from '../export/export-writer.ts';
import type { NodeSetName } from '../graph/export-store.ts';
import type { EntityNodeRow, PaperRow } from '../ingest/paper-rows.ts';

/** A paper's own properties as upsert-papers sets them on a new paper (nulls included). */
export function paperProperties(row: PaperRow, extractorVersion: string, stamp: string) {
  const { repositories: _, id: __, ...paper } = row.paper;
  return { ...paper, extractorVersion, ingestedAt: stamp, updatedAt: stamp };
}

interface EntityAggregate extends EntityNodeRow {
  paperCount: number;
}

interface NamedAggregate {
  props: Record<string, string>;
  paperCount: number;
}

/**
 * What ingest's Cypher derives from many papers, gathered in paper order: an entity takes its
 * kind, label and name from the first paper that names it (upsert-entities' ON CREATE) and
 * gathers every alias once, in the order first seen; a repository or an author keeps what its
 * first paper said; every node counts its links (refresh-counts' paperCount). Held in maps: one
 * entry per distinct node, whatever the number of papers.
 */
export class GraphAggregates {
  private readonly entities = new Map<string, EntityAggregate>();
  private readonly repositories = new Map<string, NamedAggregate>();
  private readonly authors = new Map<string, NamedAggregate>();

  add(row: PaperRow): void {
    for (const entity of row.entities) {
      const known = this.entities.get(entity.key);
      if (!known)
        this.entities.set(entity.key, { ...entity, aliases: [...entity.aliases], paperCount: 0 });
      else
        for (const alias of entity.aliases)
          if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
    // A paper links once per entity it names (replace-paper-entities: one link per row.links).
    for (const link of row.links) (this.entities.get(link.key) as EntityAggregate).paperCount++;
    for (const { key, url, host, owner, name } of row.paper.repositories) {
      const known = this.repositories.get(key) ?? {
        props: { url, host, owner, name },
        paperCount: 0,
      };
      known.paperCount++;
      this.repositories.set(key, known);
    }
    for (const { key, name } of row.authors) {
      const known = this.authors.get(key) ?? { props: { name }, paperCount: 0 };
      known.paperCount++;
      this.authors.set(key, known);
    }
  }

  /** The nodes of one aggregated set, as the CSV writer takes them. */
  *nodes(set: NodeSetName): Generator<ExportNode> {
    if (set === 'Entity') {
      for (const [key, entity] of this.entities) {
        yield {
          key,
          labels: ['Entity', entity.label],
          props: {
            kind: entity.kind,
            name: entity.name,
            aliases: entity.aliases,
            // upsert-entities writes aliasText only once some alias was added.
            ...(entity.aliases.length > 0
              ? { aliasText: entity.aliases.map((alias) => ` | ${alias}`).join('') }
              : {}),
            paperCount: entity.paperCount,
          },
        };
      }
      return;
    }
    const named =
      set === 'Repository' ? this.repositories : set === 'Author' ? this.authors : undefined;
    if (!named) throw new Error(`${set} nodes are written per paper, not aggregated`);
    for (const [key, node] of named) {
      yield { key, labels: [set], props: { ...node.props, paperCount: node.paperCount } };
    }
  }
}
