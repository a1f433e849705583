import { describe, expect, it } from 'vitest';
import { canonicalKey, singular } from './canonical-key.ts';

describe('canonicalKey', () => {
  it('gives one key to case, plural and acronym-plural variants', () => {
    expect(canonicalKey('sparse autoencoders')).toBe('sparse autoencoder');
    expect(canonicalKey('Sparse Autoencoder')).toBe('sparse autoencoder');
    expect(canonicalKey('SAEs')).toBe(canonicalKey('SAE'));
  });

  it('ignores hyphens and spaces between letters and digits', () => {
    expect(canonicalKey('CIFAR-10')).toBe(canonicalKey('CIFAR10'));
    expect(canonicalKey('ResNet 50')).toBe(canonicalKey('ResNet50'));
    expect(canonicalKey('multi-head attention')).toBe(canonicalKey('multihead attention'));
  });

  it('keeps variant suffixes and symbols that change the name', () => {
    expect(canonicalKey('EfficientVMamba-S')).not.toBe(canonicalKey('EfficientVMamba'));
    expect(canonicalKey('MP_{+}')).not.toBe(canonicalKey('MP'));
    expect(canonicalKey('GPT-4V')).toBe('gpt4v');
    expect(canonicalKey('MHC^3')).toBe('mhc3');
  });

  it('does not strip an s that is no plural', () => {
    expect(singular('analysis')).toBe('analysis');
    expect(singular('class')).toBe('class');
    expect(singular('processes')).toBe('process');
    expect(singular('matrices')).toBe('matrix');
  });
});
