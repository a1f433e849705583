import { createHash } from 'node:crypto';
import { arxivIdOf } from './sources/arxiv-id.ts';

/** Titles that differ only in case, accents, punctuation or spacing name the same paper. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A paper's stable id: its arXiv id when known (`arxiv:2403.01234`, version dropped), otherwise
 * `title:` and a hash of the normalised title, so that re-ingesting a feed finds the same node.
 */
export function paperId(paper: { arxivId?: string; title: string }): string {
  // A source's own id that is not an arXiv id says nothing across sources: the title decides.
  const arxivId = paper.arxivId ? arxivIdOf(paper.arxivId) : undefined;
  if (arxivId) return `arxiv:${arxivId}`;
  const digest = createHash('sha256').update(normaliseTitle(paper.title)).digest('hex');
  return `title:${digest.slice(0, 16)}`;
}

export function contentHash(paper: { title: string; abstract: string }): string {
  return createHash('sha256')
    .update(`${paper.title}\n${paper.abstract}`)
    .digest('hex')
    .slice(0, 32);
}
