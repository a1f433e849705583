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

export interface EntityLinkRow {
  key: string;
  kind: EntityKind;
  label: string;
  name: string;
  relationship: string;
  aliases: string[];
  confidence: number;
  mentionFields: string[];
  mentionStarts: number[];
  mentionEnds: number[];
}

/** Everything the write statements need for one paper, in the shapes their `$params` document. */
export interface PaperRow {
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
  entities: EntityLinkRow[];
  authors: { key: string; name: string }[];
}

function entityRow(entity: ExtractedEntity): EntityLinkRow {
  return {
    key: entity.key,
    kind: entity.kind,
    label: LABEL[entity.kind],
    name: entity.name,
    relationship: RELATIONSHIP[entity.role],
    aliases: entity.aliases,
    confidence: entity.confidence,
    mentionFields: entity.mentions.map((mention) => mention.field),
    mentionStarts: entity.mentions.map((mention) => mention.start),
    mentionEnds: entity.mentions.map((mention) => mention.end),
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
  repositories: PaperRow['repositories'];
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

export function toPaperRow(id: string, paper: RawPaper, extraction: Extraction): PaperRow {
  const { repositories, homepages } = repositoryRows(paper);
  return {
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
    entities: extraction.entities.map(entityRow),
    authors: authorRows(paper.authors),
  };
}
