import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from './extract-corpus.ts';

const words = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      'We propose',
      'SAE',
      '(',
      ')',
      'Sparse Autoencoders (SAEs)',
      'https://github.com/a/b.',
      '-',
      'GPT-4V',
      'e.g.',
      '\u00a0',
    ),
  ),
  { maxLength: 40 },
);
const paper = fc.record({
  id: fc.string(),
  title: words.map((w) => w.join(' ')),
  abstract: words.map((w) => w.join(' ')),
});

describe('the extractor on arbitrary text', () => {
  it('never throws, and every mention points at the text it quotes', () => {
    fc.assert(
      fc.property(fc.array(paper, { maxLength: 4 }), (papers) => {
        const extractions = extractCorpus(papers);
        expect(extractions).toHaveLength(papers.length);
        extractions.forEach((extraction, i) => {
          const source = papers[i] as (typeof papers)[number];
          for (const entity of extraction.entities) {
            expect(entity.confidence).toBeGreaterThanOrEqual(0);
            expect(entity.confidence).toBeLessThanOrEqual(1);
            for (const mention of entity.mentions) {
              expect(source[mention.field].slice(mention.start, mention.end)).toBe(mention.text);
            }
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
