import { describe, expect, it } from 'vitest';
import { isGenericPhrase, stripLeadingWords } from './generic-phrases.ts';

describe('isGenericPhrase', () => {
  it.each([
    'this paper',
    'our method',
    'the results',
    'extensive experiments',
    'state-of-the-art performance',
    'a novel framework',
    'the proposed approach',
  ])('rejects "%s"', (phrase) => {
    expect(isGenericPhrase(phrase)).toBe(true);
  });

  it.each(['image classification', 'sparse autoencoders', 'HarmoniCa', 'CIFAR-10', 'accuracy'])(
    'keeps "%s"',
    (phrase) => {
      expect(isGenericPhrase(phrase)).toBe(false);
    },
  );
});

describe('stripLeadingWords', () => {
  it('drops determiners and possessives but never the last word', () => {
    expect(stripLeadingWords('our Ca2-VDM')).toBe('Ca2-VDM');
    expect(stripLeadingWords('the')).toBe('the');
  });
});
