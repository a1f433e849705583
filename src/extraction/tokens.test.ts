import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps hyphenated and symbol-joined names as one token', () => {
    const tokens = texts(
      'We compare Ca2-VDM, A-SDM, EfficientVMamba-S, ME-CondConv, MHC^3, GPT-4V and MP_{+} here.',
    );
    for (const name of [
      'Ca2-VDM',
      'A-SDM',
      'EfficientVMamba-S',
      'ME-CondConv',
      'MHC^3',
      'GPT-4V',
      'MP_{+}',
    ]) {
      expect(tokens).toContain(name);
    }
  });

  it('does not glue sentence punctuation or clitics to a name', () => {
    expect(texts("It beats ResNet50. Then HNSW's recall drops.")).toEqual([
      'It',
      'beats',
      'ResNet50',
      '.',
      'Then',
      'HNSW',
      "'s",
      'recall',
      'drops',
      '.',
    ]);
  });

  it('returns offsets that slice back to the token text', () => {
    const text =
      'Sparse Autoencoders (SAEs) are  state-of-the-art; see https://github.com/whai362/PVT.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('numbers sentences', () => {
    const tokens = tokenize('First sentence here. Second one follows.');
    expect(tokens[0]?.sentence).toBe(0);
    expect(tokens[tokens.length - 1]?.sentence).toBe(1);
  });
});
