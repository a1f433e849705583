/**
 * Parses the shared "trending papers" listing dump: five lines of page chrome, then per paper a
 * title line, a blank line, one abstract paragraph and a blank line. The listing has no ids, so
 * a paper's id is a slug of its title.
 */
import type { PaperText } from './types.ts';

const CHROME_LINES = 5;

export function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

export function parseListing(content: string): PaperText[] {
  const lines = content
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(CHROME_LINES);
  const papers: PaperText[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const title = lines[i] as string;
    papers.push({ id: slugOf(title), title, abstract: lines[i + 1] as string });
  }
  return papers;
}
