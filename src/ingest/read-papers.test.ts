import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import { acceptPapers } from './ingest-papers.ts';
import { detectFormat, parsePapers, readPapers, SOURCE_FORMATS } from './read-papers.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/sources');
const fixture = (name: string) => path.join(FIXTURES, name);

const temp = mkdtempSync(path.join(tmpdir(), 'read-papers-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const tempFile = (name: string, content: string | Uint8Array) => {
  const file = path.join(temp, name);
  writeFileSync(file, content);
  return file;
};

/** The error `run` throws, so a test can check both its code and message. */
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError');
};

const UNKNOWN =
  'unknown format (expected a paper listing, JSON Lines, a Hugging Face daily-papers JSON array or arXiv Atom XML)';

describe('detectFormat', () => {
  it.each([
    ['papers.txt', 'listing'],
    ['papers.jsonl', 'jsonl'],
    ['bad.jsonl', 'jsonl'],
    ['daily-papers.json', 'hf-daily'],
    ['bad-daily-papers.json', 'hf-daily'],
    ['arxiv-query.xml', 'arxiv'],
    ['bad-arxiv.xml', 'arxiv'],
  ])('reads %s as %s', (name, format) => {
    expect(readPapers(fixture(name)).papers[0]?.source).toBe(format);
  });

  it('takes <feed without an XML declaration for Atom', () => {
    expect(detectFormat('\n  <feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('arxiv');
  });

  it.each([
    ['CSV', 'id,title\n1,A\n2,B\n'],
    ['HTML', '<html><body>A Title</body></html>'],
    ['one line of prose', 'a single line\n'],
  ])('refuses %s as an unknown format, naming the input', (_, text) => {
    expect(thrown(() => detectFormat(text, 'in.txt'))).toEqual({
      code: 'VALIDATION',
      message: `in.txt: ${UNKNOWN}`,
    });
  });
});

describe('readPapers', () => {
  it('reads a file with the format it is told, whatever its content looks like', () => {
    const { papers, rejections } = readPapers(fixture('papers.jsonl'), 'listing');
    expect(papers.map((p) => [p.origin, p.source])).toEqual([['papers.jsonl:1', 'listing']]);
    expect(rejections).toEqual([]);
  });

  it('lists every format it can read', () => {
    expect(SOURCE_FORMATS).toEqual(['listing', 'jsonl', 'hf-daily', 'arxiv']);
  });

  it('rejects the non-UTF-8 line of a JSON Lines file and reads the rest of it', () => {
    const { papers, rejections } = readPapers(fixture('bad.jsonl'));
    expect(papers.map((p) => p.origin)).toEqual([
      'bad.jsonl:1',
      'bad.jsonl:5',
      'bad.jsonl:6',
      'bad.jsonl:12',
    ]);
    expect(rejections.map((r) => r.origin)).toEqual([
      'bad.jsonl:2',
      'bad.jsonl:3',
      'bad.jsonl:4',
      'bad.jsonl:7',
      'bad.jsonl:8',
      'bad.jsonl:9',
      'bad.jsonl:10',
    ]);
    expect(rejections[4]).toEqual({ origin: 'bad.jsonl:8', reason: 'not valid UTF-8' });
  });

  it('leaves a repeated paper to ingest, which rejects it against the first', () => {
    const { accepted, rejections } = acceptPapers(readPapers(fixture('bad.jsonl')).papers);
    expect(accepted.map((paper) => paper.id)).toEqual([
      'arxiv:2102.12122',
      'arxiv:1810.11921',
      'arxiv:1803.07728',
    ]);
    expect(rejections).toEqual([
      { origin: 'bad.jsonl:6', reason: 'same paper (arxiv:1810.11921) as bad.jsonl:5' },
    ]);
  });

  it('rejects the listing paper with a non-UTF-8 line and keeps its neighbours', () => {
    const file = tempFile(
      'latin1.txt',
      Buffer.concat([
        Buffer.from('First\n\nabstract one\n\nSecond\n\nCaf'),
        Buffer.from([0xe9]),
        Buffer.from(' abstract two\n\nThird\n\nabstract three\n'),
      ]),
    );
    const { papers, rejections } = readPapers(file);
    expect(papers.map((p) => [p.origin, p.title])).toEqual([
      ['latin1.txt:1', 'First'],
      ['latin1.txt:9', 'Third'],
    ]);
    expect(rejections).toEqual([{ origin: 'latin1.txt:5', reason: 'not valid UTF-8 (line 7)' }]);
  });

  it('refuses a whole JSON or XML document that is not valid UTF-8, naming the first bad line', () => {
    const bytes = Buffer.from('[\n{"paper": {"title": "Caf\xe9"}}\n]\n', 'latin1');
    expect(readPapers(tempFile('latin1.json', bytes))).toEqual({
      papers: [],
      rejections: [
        { origin: 'latin1.json:2', reason: 'not valid UTF-8 (the whole document is refused)' },
      ],
    });
  });

  it('rejects a 10 MB line without reading it as JSON, and keeps the lines around it', () => {
    const huge = `{"title": "Huge", "abstract": "${'x'.repeat(10 * 1024 * 1024)}"}`;
    const good = (title: string) => JSON.stringify({ title, abstract: 'An abstract.' });
    const file = tempFile('huge.jsonl', `${good('Before')}\n${huge}\n${good('After')}\n`);
    const { papers, rejections } = readPapers(file);
    expect(papers.map((p) => p.title)).toEqual(['Before', 'After']);
    expect(rejections).toEqual([
      { origin: 'huge.jsonl:2', reason: 'line is 10485793 bytes, over the 1 MiB limit' },
    ]);
  });

  it('refuses a binary file, naming it', () => {
    const file = tempFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0, 0]));
    expect(thrown(() => readPapers(file))).toEqual({
      code: 'VALIDATION',
      message: `${file}: is a binary file, not a paper source`,
    });
  });

  it('refuses a file it cannot read, naming it', () => {
    const file = path.join(temp, 'missing.jsonl');
    expect(thrown(() => readPapers(file))).toEqual({
      code: 'VALIDATION',
      message: `${file}: cannot be read (ENOENT)`,
    });
  });

  it('refuses a file of unknown format, naming it', () => {
    const file = tempFile('table.csv', 'id,title\n1,A\n');
    expect(thrown(() => readPapers(file))).toEqual({
      code: 'VALIDATION',
      message: `${file}: ${UNKNOWN}`,
    });
  });

  it.each(SOURCE_FORMATS.map((format) => [format]))(
    'reads an empty or blank file as no papers and no rejections (%s)',
    (format) => {
      expect(readPapers(tempFile('empty', ''), format)).toEqual({ papers: [], rejections: [] });
      expect(readPapers(tempFile('blank', ' \n\n'), format)).toEqual({
        papers: [],
        rejections: [],
      });
    },
  );
});

describe('parsePapers', () => {
  it('parses text in memory, named as given, ignoring a byte-order mark', () => {
    const text = '\uFEFF[{"paper": {"id": "1803.07728", "title": "T", "summary": "S"}}]';
    expect(parsePapers(text, 'upload')).toEqual({
      papers: [
        {
          id: '1803.07728',
          title: 'T',
          abstract: 'S',
          url: 'https://huggingface.co/papers/1803.07728',
          origin: 'upload#/0',
          source: 'hf-daily',
        },
      ],
      rejections: [],
    });
  });

  it('refuses text with NUL characters and text of unknown format', () => {
    expect(thrown(() => parsePapers('{"a":1}\u0000', 'upload')).message).toBe(
      'upload: is a binary file, not a paper source',
    );
    expect(thrown(() => parsePapers('just words', 'upload')).message).toBe(`upload: ${UNKNOWN}`);
  });
});
