import type { EntityKind, EntityRole, ExtractedEntity, Extraction } from '../extraction/types.ts';
import { type CodeLinkRow, linksOf } from './code-links.ts';
import { contentHash, normaliseTitle } from './paper-id.ts';
import type { RawPaper } from './raw-paper.ts';

const LABEL: Record<EntityKind, string> = {
  method: 'Method',
  task: 'Task',
  dataset: 'Dataset',
  metric: 'Metric',
  concept: 'Concept',
};

const RELATIONSHIP: Record<EntityRole, string> = {
  proposed: 'PROPOSES',
  used: 'USES',
  mentioned: 'MENTIONS',
};

/** An entity node as `entity/upsert-entities` takes it. */
export interface EntityNodeRow {
  key: string;
  kind: EntityKind;
  label: string;
  name: string;
  aliases: string[];
}

/** A paper's link to an entity as `entity/replace-paper-entities` takes it. */
export interface EntityLinkRow {
  key: string;
  type: string;
  props: {
    kind: EntityKind;
    confidence: number;
    mentionFields: string[];
    mentionStarts: number[];
    mentionEnds: number[];
    extractorVersion: string;
  };
}

/**
 * Everything the write statements need for one paper, split by statement so that each is sent
 * only what it reads (the driver's encoding of parameters is a large part of a write's cost).
 */
export interface PaperRow {
  paper: {
    id: string;
    title: string;
    abstract: string;
    source: string;
    contentHash: string;
    arxivId: string | null;
    published: string | null;
    url: string | null;
    homepages: string[];
    repositories: (CodeLinkRow & { confidence: number })[];
  };
  entities: EntityNodeRow[];
  links: EntityLinkRow[];
  authors: { key: string; name: string }[];
}

function entityNode(entity: ExtractedEntity): EntityNodeRow {
  return {
    key: entity.key,
    kind: entity.kind,
    label: LABEL[entity.kind],
    name: entity.name,
    aliases: entity.aliases,
  };
}

function entityLink(entity: ExtractedEntity, extractorVersion: string): EntityLinkRow {
  return {
    key: entity.key,
    type: RELATIONSHIP[entity.role],
    props: {
      kind: entity.kind,
      confidence: entity.confidence,
      mentionFields: entity.mentions.map((mention) => mention.field),
      mentionStarts: entity.mentions.map((mention) => mention.start),
      mentionEnds: entity.mentions.map((mention) => mention.end),
      extractorVersion,
    },
  };
}

/** Authors once each, in source order; the key makes "Wang,  Wenhai" and "wang wenhai" one person. */
function authorRows(names: readonly string[] = []): { key: string; name: string }[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = normaliseTitle(name);
    if (key && !byKey.has(key)) byKey.set(key, name.trim().replace(/\s+/g, ' '));
  }
  return [...byKey].map(([key, name]) => ({ key, name }));
}

/** Code links found in the text, plus the ones the source states (e.g. a feed's githubRepo field). */
function repositoryRows(paper: RawPaper): {
  repositories: PaperRow['paper']['repositories'];
  homepages: string[];
} {
  const found = linksOf(paper);
  const stated = linksOf({ title: '', abstract: (paper.repositories ?? []).join(' ') });
  const repositories = found.repositories.map((row) => ({ ...row, confidence: 1 }));
  for (const row of stated.repositories) {
    if (repositories.some((known) => known.key === row.key)) continue;
    // Stated by the source, not found in the text: no mention offsets.
    repositories.push({
      ...row,
      mentionFields: [],
      mentionStarts: [],
      mentionEnds: [],
      confidence: 1,
    });
  }
  return { repositories, homepages: found.homepages };
}

export function toPaperRow(
  id: string,
  paper: RawPaper,
  extraction: Extraction,
  extractorVersion: string,
): PaperRow {
  const { repositories, homepages } = repositoryRows(paper);
  return {
    paper: {
      id,
      title: paper.title,
      abstract: paper.abstract,
      source: paper.source,
      contentHash: contentHash(paper),
      arxivId: id.startsWith('arxiv:') ? id.slice('arxiv:'.length) : null,
      published: paper.published ?? null,
      url: paper.url ?? null,
      homepages,
      repositories,
    },
    entities: extraction.entities.map(entityNode),
    links: extraction.entities.map((entity) => entityLink(entity, extractorVersion)),
    authors: authorRows(paper.authors),
  };
}

/** The entities a batch names, once each, with every alias the batch saw; the first naming wins the rest. */
export function batchEntities(rows: readonly PaperRow[]): EntityNodeRow[] {
  const byKey = new Map<string, EntityNodeRow>();
  for (const entity of rows.flatMap((row) => row.entities)) {
    const known = byKey.get(entity.key);
    if (!known) byKey.set(entity.key, { ...entity, aliases: [...entity.aliases] });
    else
      for (const alias of entity.aliases)
        if (!known.aliases.includes(alias)) known.aliases.push(alias);
  }
  return [...byKey.values()];
}
