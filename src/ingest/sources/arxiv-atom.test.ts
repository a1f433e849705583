import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArxivAtom } from './arxiv-atom.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/sources/${name}`, import.meta.url), 'utf8');

const feed = (entries: string) =>
  `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries}\n</feed>\n`;

describe('parseArxivAtom', () => {
  it('reads each entry: versionless id, collapsed title, decoded summary, authors, abs link', () => {
    const { papers, rejections } = parseArxivAtom(fixture('arxiv-query.xml'), 'query.xml');
    expect(rejections).toEqual([]);
    expect(papers).toStrictEqual([
      {
        id: '2102.12122',
        title:
          'Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction without Convolutions',
        abstract:
          'A convolution-free backbone for dense prediction & segmentation \u2014 a pyramid of transformer stages gives multi-scale feature maps (<1/4 resolution>).',
        authors: ['Wenhai Wang', 'Enze Xie'],
        published: '2021-02-24T17:12:48.000Z',
        url: 'http://arxiv.org/abs/2102.12122v2',
        origin: 'query.xml:9',
        source: 'arxiv',
      },
      {
        id: '1803.07728',
        title: 'Unsupervised Representation Learning by Predicting Image Rotations',
        abstract:
          'Asking which of 4 rotations <0, 90, 180, 270> was applied teaches features & nothing is labelled.',
        authors: ['Spyros Gidaris', 'Praveer Singh', 'Nikos Komodakis'],
        published: '2018-03-21T00:00:00.000Z',
        url: 'https://arxiv.org/abs/1803.07728v1',
        origin: 'query.xml:30',
        source: 'arxiv',
      },
      {
        // No alternate link (only the pdf): the abs URL comes from the entry's id.
        id: '1403.6382',
        title: 'CNN Features off-the-shelf: an Astounding Baseline for Recognition',
        abstract:
          'Generic ImageNet features with a linear classifier are a strong baseline for recognition.',
        authors: ['Ali Sharif Razavian'],
        published: '2014-03-23T00:00:00.000Z',
        url: 'http://arxiv.org/abs/1403.6382v3',
        origin: 'query.xml:40',
        source: 'arxiv',
      },
    ]);
  });

  it('rejects each bad entry by the line of its <entry> and keeps the good ones', () => {
    const { papers, rejections } = parseArxivAtom(fixture('bad-arxiv.xml'), 'bad.xml');
    expect(papers.map((p) => [p.origin, p.id])).toEqual([['bad.xml:3', '1403.6382']]);
    expect(rejections).toEqual([
      { origin: 'bad.xml:8', reason: 'title is empty' },
      {
        origin: 'bad.xml:13',
        reason: 'id "http://example.org/papers/7" is not an arXiv abstract URL',
      },
      {
        origin: 'bad.xml:18',
        reason: 'published "someday" is not an ISO 8601 date or date-time with a zone',
      },
      { origin: 'bad.xml:24', reason: 'summary is missing' },
    ]);
  });

  it("reports the API's own error entry with its message", () => {
    const text = feed(
      '<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title>' +
        '<summary>incorrect id format for 1234</summary></entry>',
    );
    expect(parseArxivAtom(text, 'err.xml').rejections).toEqual([
      {
        origin: 'err.xml:3',
        reason: 'the arXiv API returned an error: incorrect id format for 1234',
      },
    ]);
  });

  it('rejects the whole document once, at the line of the fault, when it is not well-formed', () => {
    const text = feed(
      '<entry>\n<id>http://arxiv.org/abs/1803.07728</id>\n<title>A & B</title>\n</entry>',
    );
    expect(parseArxivAtom(text, 'amp.xml')).toEqual({
      papers: [],
      rejections: [
        {
          origin: 'amp.xml:5',
          reason: 'not well-formed XML: "&" is not an escaped character (write & as &amp;)',
        },
      ],
    });
  });

  it('rejects a document whose root is not an Atom feed', () => {
    expect(parseArxivAtom('<?xml version="1.0"?>\n<rss></rss>', 'rss.xml').rejections).toEqual([
      { origin: 'rss.xml:2', reason: 'the root element is <rss>, not an Atom <feed>' },
    ]);
  });
});
