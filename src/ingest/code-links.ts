import {
  type CodeRepositoryLink,
  findRepositoryLinks,
  repositoryKey,
} from '../extraction/repository-links.ts';
import type { RawPaper } from './raw-paper.ts';

/** A paper's link to one repository, with every place the paper mentions it. */
export interface CodeLinkRow {
  key: string;
  url: string;
  host: string;
  owner: string;
  name: string;
  /** Sub-folders the paper points at inside the repository; empty for the repository itself. */
  paths: string[];
  mentionFields: string[];
  mentionStarts: number[];
  mentionEnds: number[];
}

export interface PaperLinks {
  repositories: CodeLinkRow[];
  homepages: string[];
}

/** The code repositories and project pages a paper's title and abstract link to, merged per repository. */
export function linksOf(paper: Pick<RawPaper, 'title' | 'abstract'>): PaperLinks {
  const repositories = new Map<string, CodeLinkRow>();
  const homepages = new Set<string>();
  for (const field of ['title', 'abstract'] as const) {
    for (const link of findRepositoryLinks(paper[field])) {
      if (link.kind === 'homepage') {
        homepages.add(link.url);
        continue;
      }
      const row = repositories.get(repositoryKey(link)) ?? newRow(link);
      repositories.set(row.key, row);
      if (link.path && !row.paths.includes(link.path)) row.paths.push(link.path);
      row.mentionFields.push(field);
      row.mentionStarts.push(link.start);
      row.mentionEnds.push(link.end);
    }
  }
  return { repositories: [...repositories.values()], homepages: [...homepages] };
}

function newRow(link: CodeRepositoryLink): CodeLinkRow {
  return {
    key: repositoryKey(link),
    url: link.url,
    host: link.host,
    owner: link.owner,
    name: link.name,
    paths: [],
    mentionFields: [],
    mentionStarts: [],
    mentionEnds: [],
  };
}
