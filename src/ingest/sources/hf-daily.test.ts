import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHfDaily } from './hf-daily.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/sources/${name}`, import.meta.url), 'utf8');

describe('parseHfDaily', () => {
  it('reads the paper of each element, with its authors, date and GitHub repository', () => {
    const { papers, rejections } = parseHfDaily(fixture('daily-papers.json'), 'daily.json');
    expect(rejections).toEqual([]);
    expect(papers).toStrictEqual([
      {
        id: '2102.12122',
        title:
          'Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction without Convolutions',
        abstract:
          'A convolution-free backbone for dense prediction. A pyramid of transformer stages gives multi-scale feature maps.',
        authors: ['Wenhai Wang', 'Enze Xie', 'Ling Shao'],
        published: '2021-02-24T00:00:00.000Z',
        url: 'https://huggingface.co/papers/2102.12122',
        repositories: ['https://github.com/whai362/PVT'],
        origin: 'daily.json#/0',
        source: 'hf-daily',
      },
      {
        id: '1803.07728',
        title: 'Unsupervised Representation Learning by Predicting Image Rotations',
        abstract:
          'Predicting which of four rotations was applied to an image teaches a network features that transfer.',
        authors: ['Spyros Gidaris', 'Praveer Singh', 'Nikos Komodakis'],
        published: '2018-03-21T00:00:00.000Z',
        url: 'https://huggingface.co/papers/1803.07728',
        repositories: ['https://github.com/gidariss/FeatureLearningRotNet'],
        origin: 'daily.json#/1',
        source: 'hf-daily',
      },
      {
        id: '1810.11921',
        title: 'AutoInt: Automatic Feature Interaction Learning via Self-Attentive Neural Networks',
        abstract:
          'Self-attention over embedded sparse features learns high-order interactions for CTR prediction.',
        url: 'https://huggingface.co/papers/1810.11921',
        origin: 'daily.json#/2',
        source: 'hf-daily',
      },
    ]);
  });

  it('rejects each bad element by its JSON pointer and keeps the good ones', () => {
    const { papers, rejections } = parseHfDaily(fixture('bad-daily-papers.json'), 'bad.json');
    expect(papers.map((p) => [p.origin, p.id])).toEqual([
      ['bad.json#/0', '1803.07728'],
      ['bad.json#/7', '1810.11921'],
    ]);
    expect(rejections).toEqual([
      { origin: 'bad.json#/1', reason: 'the element must be a JSON object, not a string' },
      { origin: 'bad.json#/2', reason: 'paper is missing' },
      { origin: 'bad.json#/3', reason: 'paper.summary is empty' },
      { origin: 'bad.json#/4', reason: 'paper.id "not-an-id" is not an arXiv id' },
      {
        origin: 'bad.json#/5',
        reason: 'paper.authors[1] must be a non-empty name or an object with one',
      },
      {
        origin: 'bad.json#/6',
        reason: 'paper.publishedAt "yesterday" is not an ISO 8601 date or date-time with a zone',
      },
    ]);
  });

  it('rejects the whole file once when it is not JSON', () => {
    expect(parseHfDaily('[{"paper": ', 'cut.json')).toEqual({
      papers: [],
      rejections: [{ origin: 'cut.json', reason: 'invalid JSON: Unexpected end of JSON input' }],
    });
  });

  it('rejects the whole file once when it is not an array', () => {
    expect(parseHfDaily('{"papers": []}', 'obj.json').rejections).toEqual([
      { origin: 'obj.json', reason: 'expected a JSON array of daily papers, found an object' },
    ]);
  });
});
