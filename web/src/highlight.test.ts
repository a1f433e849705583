import { describe, expect, it } from 'vitest';
import { segmentText } from './highlight.ts';

const span = (start: number, end: number, kind = 'method') => ({ start, end, kind, title: kind });

describe('segmentText', () => {
  it('marks each mention and keeps the text between them', () => {
    const segments = segmentText('We use BERT on SQuAD.', [span(7, 11), span(15, 20, 'dataset')]);
    expect(segments.map((s) => [s.text, s.span?.kind])).toEqual([
      ['We use ', undefined],
      ['BERT', 'method'],
      [' on ', undefined],
      ['SQuAD', 'dataset'],
      ['.', undefined],
    ]);
  });

  it('keeps the first of overlapping mentions and drops those outside the text', () => {
    const segments = segmentText('graph neural network', [
      span(6, 20),
      span(0, 13, 'concept'),
      span(15, 40),
      span(3, 3),
    ]);
    expect(segments.map((s) => [s.text, s.span?.kind])).toEqual([
      ['graph neural ', 'concept'],
      ['network', undefined],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('graph neural network');
  });
});
