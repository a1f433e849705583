/**
 * Repository and project links of a paper, found in the title and the abstract by
 * findRepositoryLinks and merged by URL, each with every place it occurs.
 */
import { findRepositoryLinks } from './repository-links.ts';
import type { Mention, PaperText, RepositoryLinkWithMentions } from './types.ts';

export function repositoriesOf(paper: PaperText): RepositoryLinkWithMentions[] {
  const byUrl = new Map<string, RepositoryLinkWithMentions>();
  for (const field of ['title', 'abstract'] as const) {
    for (const link of findRepositoryLinks(paper[field])) {
      const { start, end, text, ...rest } = link;
      const mention: Mention = { field, start, end, text };
      const known = byUrl.get(link.url);
      if (known) known.mentions.push(mention);
      else byUrl.set(link.url, { ...rest, mentions: [mention] });
    }
  }
  return [...byUrl.values()];
}
