import { describe, expect, it } from 'vitest';
import { normaliseTitle, paperId } from './paper-id.ts';

describe('paperId', () => {
  it('is the same for titles that differ only in case, accents, punctuation and spacing', () => {
    expect(paperId({ title: 'Pyramid Vision Transformer: A Versatile Backbone' })).toBe(
      paperId({ title: '  pyramid vision transformer — a versatile backbone ' }),
    );
    expect(normaliseTitle('Déjà-Vu  Memory')).toBe('deja vu memory');
  });

  it('prefers the arXiv id, without its version', () => {
    expect(paperId({ arxivId: '2102.12122v2', title: 'PVT' })).toBe('arxiv:2102.12122');
  });

  it('falls back to the title when the source id is not an arXiv id', () => {
    expect(paperId({ arxivId: 'paper-7', title: 'A Title' })).toBe(paperId({ title: 'a title' }));
  });

  it('differs for different titles', () => {
    expect(paperId({ title: 'A' })).not.toBe(paperId({ title: 'B' }));
  });
});
