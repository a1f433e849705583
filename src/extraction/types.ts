/**
 * The extractor's public contract: what ingest and the CLI pass in and get back.
 */
import type { RepositoryLink } from './repository-links.ts';

export type EntityKind = 'method' | 'task' | 'dataset' | 'metric' | 'concept';

/**
 * `proposed`: introduced by this paper; `used`: applied or built upon; `mentioned`: anything else.
 */
export type EntityRole = 'proposed' | 'used' | 'mentioned';

export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

/** A stretch of the title or abstract; `text === source.slice(start, end)`, end exclusive. */
export interface Mention {
  field: 'title' | 'abstract';
  start: number;
  end: number;
  text: string;
}

export interface ExtractedEntity {
  kind: EntityKind;
  role: EntityRole;
  /** Display name: the long form when an acronym is defined, else the most frequent surface. */
  name: string;
  /** Canonical key, equal for the same thing across papers (case, plural, hyphens, acronyms). */
  key: string;
  /** Other surfaces of the entity (acronym, spelling variants), without the name itself. */
  aliases: string[];
  confidence: number;
  mentions: Mention[];
}

/** A repository or project link with every place it occurs in the paper, merged by URL. */
export type RepositoryLinkWithMentions = Omit<RepositoryLink, 'start' | 'end' | 'text'> & {
  mentions: Mention[];
};

export interface Extraction {
  id: string;
  title: string;
  entities: ExtractedEntity[];
  repositories: RepositoryLinkWithMentions[];
}
