import { describe, expect, it } from 'vitest';
import { parseListing } from './listing.ts';

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
});
