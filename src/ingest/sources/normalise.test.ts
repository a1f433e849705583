import { describe, expect, it } from 'vitest';
import { arxivIdOf } from './arxiv-id.ts';
import { httpUrl, isoDate } from './normalise.ts';

describe('isoDate', () => {
  it.each([
    ['2021-02-24', '2021-02-24'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2021-02-24T17:12:48Z', '2021-02-24T17:12:48.000Z'],
    ['2018-10-29T09:00:00+02:00', '2018-10-29T07:00:00.000Z'],
    ['2021-02-30', undefined],
    ['2023-02-29T00:00:00Z', undefined],
    ['2021-02-24T17:12:48', undefined],
    ['24/02/2021', undefined],
  ])('%j → %j', (text, expected) => {
    expect(isoDate(text)).toBe(expected);
  });
});

describe('arxivIdOf', () => {
  it.each([
    ['2403.01234', '2403.01234'],
    ['2403.01234v2', '2403.01234'],
    ['arXiv:1810.11921', '1810.11921'],
    ['http://arxiv.org/abs/2102.12122v2', '2102.12122'],
    ['https://arxiv.org/pdf/1803.07728v1.pdf', '1803.07728'],
    ['hep-th/9901001v1', 'hep-th/9901001'],
    ['http://arxiv.org/abs/cs.LG/0101001', 'cs.LG/0101001'],
    ['0704.0001', '0704.0001'],
    ['1810.1192', undefined],
    ['1403.63820', undefined],
    ['https://example.org/abs/2403.01234', undefined],
  ])('%j → %j', (text, expected) => {
    expect(arxivIdOf(text)).toBe(expected);
  });
});

describe('httpUrl', () => {
  it('keeps http(s) URLs as given and refuses other schemes and relative paths', () => {
    expect(httpUrl(' https://github.com/whai362/PVT ')).toBe('https://github.com/whai362/PVT');
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('github.com/a/b')).toBeUndefined();
  });
});
