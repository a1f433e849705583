import type { LineParseOptions, ParseResult, RawPaper, Rejection } from '../raw-paper.ts';

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

// Longer than any real title: a first paragraph this long is prose, not a listing.
const MAX_TITLE_LENGTH = 300;

interface Block {
  /** 1-based lines the paragraph starts and ends on. */
  line: number;
  last: number;
  text: string;
}

/** Paragraphs separated by blank lines, each with the 1-based lines it spans. */
function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
    } else if (current) {
      current.text += ` ${line}`;
      current.last = index + 1;
    } else {
      current = { line: index + 1, last: index + 1, text: line };
      blocks.push(current);
    }
  });
  return blocks;
}

/** The paragraphs after the page chrome. */
function content(text: string): Block[] {
  const blocks = paragraphs(text);
  let first = 0;
  while (first < blocks.length && isChrome((blocks[first] as Block).text)) first++;
  return blocks.slice(first);
}

/** Whether `text` has the listing's shape: a one-line title, then a paragraph after a blank line. */
export function looksLikeListing(text: string): boolean {
  const [title, abstract] = content(text);
  return (
    title !== undefined &&
    abstract !== undefined &&
    title.line === title.last &&
    title.text.length <= MAX_TITLE_LENGTH
  );
}

export function parseListing(
  text: string,
  fileName: string,
  options: LineParseOptions = {},
): ParseResult {
  const blocks = content(text);
  const papers: RawPaper[] = [];
  const rejections: Rejection[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
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
    const invalid = firstInvalidLine(title.line, abstract.last, options.invalidLines);
    if (invalid !== undefined) {
      rejections.push({ origin, reason: `not valid UTF-8 (line ${invalid})` });
      continue;
    }
    papers.push({ title: title.text, abstract: abstract.text, origin, source: 'listing' });
  }
  return { papers, rejections };
}

function firstInvalidLine(from: number, to: number, invalid?: ReadonlySet<number>) {
  if (!invalid || invalid.size === 0) return undefined;
  for (let line = from; line <= to; line++) if (invalid.has(line)) return line;
  return undefined;
}
