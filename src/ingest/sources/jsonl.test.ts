import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, parseJsonl } from './jsonl.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/sources/${name}`, import.meta.url), 'utf8');

const AUTOINT =
  'AutoInt: Automatic Feature Interaction Learning via Self-Attentive Neural Networks';
const ROTNET = 'Unsupervised Representation Learning by Predicting Image Rotations';

describe('parseJsonl', () => {
  it('reads every field, prefers arxivId over id and normalises ids, names and dates', () => {
    const { papers, rejections } = parseJsonl(fixture('papers.jsonl'), 'papers.jsonl');
    expect(rejections).toEqual([]);
    expect(papers).toStrictEqual([
      {
        id: '2102.12122',
        title:
          'Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction without Convolutions',
        abstract:
          'A convolution-free backbone for dense prediction: a pyramid of transformer stages gives multi-scale feature maps.',
        authors: [
          'Wenhai Wang',
          'Enze Xie',
          'Xiang Li',
          'Deng-Ping Fan',
          'Kaitao Song',
          'Ding Liang',
          'Tong Lu',
          'Ping Luo',
          'Ling Shao',
        ],
        published: '2021-02-24',
        url: 'https://arxiv.org/abs/2102.12122',
        repositories: ['https://github.com/whai362/PVT'],
        origin: 'papers.jsonl:1',
        source: 'jsonl',
      },
      {
        id: '1810.11921',
        title: AUTOINT,
        abstract:
          'Multi-head self-attention combines embedded sparse features into high-order interactions for click-through rate prediction.',
        authors: [
          'Weiping Song',
          'Chence Shi',
          'Zhiping Xiao',
          'Zhijian Duan',
          'Yewen Xu',
          'Ming Zhang',
          'Jian Tang',
        ],
        published: '2018-10-29T07:00:00.000Z',
        origin: 'papers.jsonl:3',
        source: 'jsonl',
      },
      {
        title: 'CNN Features off-the-shelf: an Astounding Baseline for Recognition',
        abstract:
          'Generic features from a network trained on ImageNet, with a linear classifier on top, are a strong baseline across recognition tasks.',
        origin: 'papers.jsonl:4',
        source: 'jsonl',
      },
    ]);
  });

  it('rejects each bad line with its line number and reason and keeps the good ones', () => {
    const { papers, rejections } = parseJsonl(fixture('bad.jsonl'), 'bad.jsonl', {
      invalidLines: new Set([8]),
    });
    expect(papers.map((p) => [p.origin, p.id, p.title])).toEqual([
      [
        'bad.jsonl:1',
        '2102.12122',
        'Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction without Convolutions',
      ],
      ['bad.jsonl:5', '1810.11921', AUTOINT],
      ['bad.jsonl:6', '1810.11921', AUTOINT],
      ['bad.jsonl:12', '1803.07728', ROTNET],
    ]);
    expect(rejections).toEqual([
      {
        origin: 'bad.jsonl:2',
        reason: "invalid JSON: Expected ',' or '}' after property value at column 72",
      },
      { origin: 'bad.jsonl:3', reason: 'title is missing' },
      { origin: 'bad.jsonl:4', reason: 'abstract is empty' },
      { origin: 'bad.jsonl:7', reason: 'the line must be a JSON object, not an array' },
      { origin: 'bad.jsonl:8', reason: 'not valid UTF-8' },
      { origin: 'bad.jsonl:9', reason: 'authors must be an array of names, not a string' },
      { origin: 'bad.jsonl:10', reason: 'arxivId must be a string, not a number' },
    ]);
  });

  it.each([
    ['{"title": 7, "abstract": "a"}', 'title must be a string, not a number'],
    ['{"title": "t", "abstract": null}', 'abstract is missing'],
    [
      '{"title": "t", "abstract": "a", "arxivId": "paper-7"}',
      'arxivId "paper-7" is not an arXiv id',
    ],
    [
      '{"title": "t", "abstract": "a", "authors": ["A", {"name": " "}]}',
      'authors[1] must be a non-empty name or an object with one',
    ],
    [
      '{"title": "t", "abstract": "a", "published": "2021-02-30"}',
      'published "2021-02-30" is not an ISO 8601 date or date-time with a zone',
    ],
    [
      '{"title": "t", "abstract": "a", "published": "2021-02-24T10:00:00"}',
      'published "2021-02-24T10:00:00" is not an ISO 8601 date or date-time with a zone',
    ],
    [
      '{"title": "t", "abstract": "a", "url": "ftp://x.org/p"}',
      'url "ftp://x.org/p" is not an http(s) URL',
    ],
    [
      '{"title": "t", "abstract": "a", "repositories": ["https://github.com/a/b", "b"]}',
      'repositories[1] is not an http(s) URL',
    ],
    [
      '{"title": "t", "abstract": "a"} x',
      'invalid JSON: Unexpected non-whitespace character after the JSON value at column 33',
    ],
    ['{"title": }', "invalid JSON: Unexpected token '}'"],
    ['null', 'the line must be a JSON object, not null'],
  ])('rejects %s', (line, reason) => {
    expect(parseJsonl(`${line}\n`, 'x.jsonl')).toEqual({
      papers: [],
      rejections: [{ origin: 'x.jsonl:1', reason }],
    });
  });

  it('keeps an id that is not an arXiv id as the source gives it', () => {
    const { papers } = parseJsonl('{"id": " paper-7 ", "title": "t", "abstract": "a"}', 'x');
    expect(papers[0]?.id).toBe('paper-7');
  });

  it('refuses a line over 1 MiB without parsing it, and accepts one of exactly 1 MiB', () => {
    const record = (size: number) => {
      const shell = '{"title": "t", "abstract": ""}';
      return `{"title": "t", "abstract": "${'a'.repeat(size - shell.length)}"}`;
    };
    const text = `${record(MAX_LINE_BYTES)}\n${record(MAX_LINE_BYTES + 1)}\n`;
    const { papers, rejections } = parseJsonl(text, 'big.jsonl');
    expect(papers.map((p) => p.origin)).toEqual(['big.jsonl:1']);
    expect(rejections).toEqual([
      { origin: 'big.jsonl:2', reason: 'line is 1048577 bytes, over the 1 MiB limit' },
    ]);
  });
});
