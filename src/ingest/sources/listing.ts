import type { ParseResult, RawPaper, Rejection } from '../raw-paper.ts';

/**
 * The "trending papers" listing: page chrome, then for each paper a title line, a blank line,
 * one abstract paragraph, a blank line. There are no ids: identity comes from the title.
 */

// Lines of the page around the papers, never papers themselves.
const CHROME = [
  /^new$/i,
  /^get trending papers in your email inbox!?$/i,
  /^subscribe$/i,
  /^by\s*ak and the research community$/i,
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(, \d{4})?$/i,
];

const isChrome = (line: string) => CHROME.some((pattern) => pattern.test(line.trim()));

interface Block {
  line: number;
  text: string;
}

/** Paragraphs separated by blank lines, each with the 1-based line it starts on. */
function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
    } else if (current) {
      current.text += ` ${line}`;
    } else {
      current = { line: index + 1, text: line };
      blocks.push(current);
    }
  });
  return blocks;
}

export function parseListing(text: string, fileName: string): ParseResult {
  const blocks = paragraphs(text);
  let first = 0;
  while (first < blocks.length && isChrome((blocks[first] as Block).text)) first++;
  const papers: RawPaper[] = [];
  const rejections: Rejection[] = [];
  for (let i = first; i < blocks.length; i += 2) {
    const title = blocks[i] as Block;
    const abstract = blocks[i + 1];
    const origin = `${fileName}:${title.line}`;
    if (!abstract) {
      rejections.push({
        origin,
        reason: `title "${title.text.slice(0, 80)}" has no abstract after it`,
      });
      continue;
    }
    papers.push({ title: title.text, abstract: abstract.text, origin, source: 'listing' });
  }
  return { papers, rejections };
}
