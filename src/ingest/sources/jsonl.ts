import type { LineParseOptions, ParseResult, RawPaper } from '../raw-paper.ts';
import { compactPaper } from '../raw-paper.ts';
import { jsonErrorReason } from './json-error.ts';
import { asObject, fieldsOf, RecordError } from './json-record.ts';

/** One record's size cap: a longer line is a dump gone wrong, and parsing it would stall ingest. */
export const MAX_LINE_BYTES = 1024 * 1024;

/**
 * JSON Lines, one paper per line:
 * `{"id"?, "arxivId"?, "title", "abstract", "authors"?, "published"?, "url"?, "repositories"?}`.
 * Blank lines are skipped; every other bad line is rejected on its own as `file:line`.
 */
export function parseJsonl(
  text: string,
  fileName: string,
  options: LineParseOptions = {},
): ParseResult {
  const result: ParseResult = { papers: [], rejections: [] };
  text.split('\n').forEach((line, index) => {
    const origin = `${fileName}:${index + 1}`;
    const parsed = options.invalidLines?.has(index + 1)
      ? 'not valid UTF-8'
      : parseLine(line, origin);
    if (typeof parsed === 'string') result.rejections.push({ origin, reason: parsed });
    else if (parsed) result.papers.push(parsed);
  });
  return result;
}

/** The line's paper, the reason it is rejected, or `undefined` for a blank line. */
function parseLine(line: string, origin: string): RawPaper | string | undefined {
  if (line.trim() === '') return undefined;
  const bytes = Buffer.byteLength(line, 'utf8');
  if (bytes > MAX_LINE_BYTES) return `line is ${bytes} bytes, over the 1 MiB limit`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return jsonErrorReason(error);
  }
  try {
    return toPaper(value, origin);
  } catch (error) {
    if (error instanceof RecordError) return error.message;
    throw error;
  }
}

function toPaper(value: unknown, origin: string): RawPaper {
  const fields = fieldsOf(asObject(value, 'the line'));
  const arxivId = fields.arxivId('arxivId');
  const id = fields.id('id');
  return compactPaper({
    // `arxivId` is the stronger identity: it is what other sources key the same paper by.
    id: arxivId ?? id,
    title: fields.text('title'),
    abstract: fields.text('abstract'),
    authors: fields.names('authors'),
    published: fields.date('published'),
    url: fields.url('url'),
    repositories: fields.urls('repositories'),
    origin,
    source: 'jsonl',
  });
}
