import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validation } from '../domain/errors.ts';
import type { LineParseOptions, PaperSource, ParseResult } from './raw-paper.ts';
import { parseArxivAtom } from './sources/arxiv-atom.ts';
import { decodeUtf8 } from './sources/decode-utf8.ts';
import { parseHfDaily } from './sources/hf-daily.ts';
import { parseJsonl } from './sources/jsonl.ts';
import { looksLikeListing, parseListing } from './sources/listing.ts';

/** Every input format, in the order the CLI's `--format` lists them. */
export const SOURCE_FORMATS = [
  'listing',
  'jsonl',
  'hf-daily',
  'arxiv',
] as const satisfies readonly PaperSource[];
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const EXPECTED =
  'expected a paper listing, JSON Lines, a Hugging Face daily-papers JSON array or arXiv Atom XML';

/**
 * The format of `text`, from its first characters: `[` a Hugging Face daily-papers array, `{`
 * JSON Lines, `<?xml` or `<feed` arXiv Atom, and the listing only when it has the listing's
 * title-and-paragraph shape, so that an unknown file is refused rather than read as nonsense.
 */
export function detectFormat(text: string, name = 'input'): SourceFormat {
  const start = text.trimStart();
  if (start.startsWith('[')) return 'hf-daily';
  if (start.startsWith('{')) return 'jsonl';
  if (/^<(\?xml|feed[\s>])/.test(start)) return 'arxiv';
  if (!start.startsWith('<') && looksLikeListing(text)) return 'listing';
  throw validation(`${name}: unknown format (${EXPECTED})`);
}

/**
 * Reads one input file with the parser for its format (detected from the content by default).
 * A file that cannot be read, is binary, or whose format is unknown throws a VALIDATION error;
 * everything else comes back as papers and per-record rejections.
 */
export function readPapers(file: string, format: SourceFormat | 'auto' = 'auto'): ParseResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw validation(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const { text, invalidLines } = decodeUtf8(bytes);
  return parseText(text, path.basename(file), file, format, { invalidLines });
}

/** Parses text already in memory (e.g. sent to the `ingestPapers` mutation); `name` is its origin. */
export function parsePapers(
  text: string,
  name: string,
  format: SourceFormat | 'auto' = 'auto',
): ParseResult {
  // A decoder strips the byte-order mark from a file; text that arrives as a string may keep it.
  return parseText(text.replace(/^\uFEFF/, ''), name, name, format, {});
}

function parseText(
  text: string,
  name: string,
  label: string,
  format: SourceFormat | 'auto',
  options: LineParseOptions,
): ParseResult {
  // Decoded UTF-8 has U+0000 only where the bytes had NUL, which no text format here contains.
  if (text.includes('\u0000')) throw validation(`${label}: is a binary file, not a paper source`);
  // No content, no records: an empty export is not an error, and there is nothing to lose.
  if (text.trim() === '') return { papers: [], rejections: [] };
  const chosen = format === 'auto' ? detectFormat(text, label) : format;
  switch (chosen) {
    case 'listing':
      return parseListing(text, name, options);
    case 'jsonl':
      return parseJsonl(text, name, options);
    case 'hf-daily':
    case 'arxiv':
      return invalidDocument(name, options) ?? wholeDocumentParsers[chosen](text, name);
  }
}

const wholeDocumentParsers = { 'hf-daily': parseHfDaily, arxiv: parseArxivAtom };

/** A document format cannot drop one bad line and keep its structure: the file is refused. */
function invalidDocument(
  name: string,
  { invalidLines }: LineParseOptions,
): ParseResult | undefined {
  const [first] = invalidLines ?? [];
  if (first === undefined) return undefined;
  const reason = 'not valid UTF-8 (the whole document is refused)';
  return { papers: [], rejections: [{ origin: `${name}:${first}`, reason }] };
}

/** Every paper and rejection of several files, in order (see readPapers). */
export function readPaperFiles(
  files: readonly string[],
  format: SourceFormat | 'auto',
): ParseResult {
  const result: ParseResult = { papers: [], rejections: [] };
  for (const file of files) {
    const parsed = readPapers(file, format);
    // One at a time: spreading 130,000 or more papers into push() overflows the call stack.
    for (const paper of parsed.papers) result.papers.push(paper);
    for (const rejection of parsed.rejections) result.rejections.push(rejection);
  }
  return result;
}
