import { describe, expect, it } from 'vitest';
import { looksLikeListing, parseListing } from './listing.ts';

const CHROME =
  'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 12\n\n';

describe('parseListing', () => {
  it('skips the page chrome and pairs each title with the abstract after it', () => {
    const text = `${CHROME}First Title\n\nFirst abstract.\n\nSecond: A Title\n\nSecond abstract with https://github.com/a/b.\n`;
    const { papers, rejections } = parseListing(text, 'listing.txt');
    expect(rejections).toEqual([]);
    expect(papers.map((p) => [p.title, p.abstract, p.origin])).toEqual([
      ['First Title', 'First abstract.', 'listing.txt:11'],
      ['Second: A Title', 'Second abstract with https://github.com/a/b.', 'listing.txt:15'],
    ]);
  });

  it('rejects a trailing title without an abstract, naming its line', () => {
    const { papers, rejections } = parseListing(
      `${CHROME}A Title\n\nIts abstract.\n\nOrphan Title\n`,
      'l.txt',
    );
    expect(papers).toHaveLength(1);
    expect(rejections).toEqual([
      { origin: 'l.txt:15', reason: 'title "Orphan Title" has no abstract after it' },
    ]);
  });

  it('reads Windows line endings and abstracts wrapped over several lines', () => {
    const { papers } = parseListing('Title\r\n\r\nline one\r\nline two\r\n', 'w.txt');
    expect(papers).toEqual([
      { title: 'Title', abstract: 'line one line two', origin: 'w.txt:1', source: 'listing' },
    ]);
  });

  it('rejects only the paper whose title or abstract spans a line that was not valid UTF-8', () => {
    const text = 'One\n\nabstract one\nstill one\n\nTwo\n\nabstract two\n';
    const { papers, rejections } = parseListing(text, 'u.txt', { invalidLines: new Set([4]) });
    expect(papers.map((p) => p.title)).toEqual(['Two']);
    expect(rejections).toEqual([{ origin: 'u.txt:1', reason: 'not valid UTF-8 (line 4)' }]);
  });
});

describe('looksLikeListing', () => {
  it('recognises a one-line title followed by a paragraph, after any page chrome', () => {
    expect(looksLikeListing(`${CHROME}A Title\n\nIts abstract.\n`)).toBe(true);
  });

  it.each([
    ['one paragraph only', 'just some words\non two lines\n'],
    ['a first paragraph of several lines', 'a,b\n1,2\n\n3,4\n'],
    ['a first paragraph too long for a title', `${'word '.repeat(80)}\n\nabstract\n`],
    ['page chrome only', CHROME],
  ])('does not take %s for a listing', (_, text) => {
    expect(looksLikeListing(text)).toBe(false);
  });
});
