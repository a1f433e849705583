import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from './acronyms.ts';
import { tokenize } from './tokens.ts';

function definitions(text: string): [string, string][] {
  const tokens = tokenize(text);
  return findAcronymDefinitions(tokens).map((d) => [
    text.slice(tokens[d.longFirst]?.start, tokens[d.longEnd - 1]?.end),
    tokens[d.acronym]?.text ?? '',
  ]);
}

describe('findAcronymDefinitions', () => {
  it('pairs a long form with its acronym, LaTeX tilde included', () => {
    expect(definitions('we propose Pyramid Vision Transformer~(PVT), which works')).toEqual([
      ['Pyramid Vision Transformer', 'PVT'],
    ]);
  });

  it('handles mixed-case acronyms that are not plain initials', () => {
    expect(definitions('a FA called Recursive Attribution Generator (ReAGent).')).toEqual([
      ['Recursive Attribution Generator', 'ReAGent'],
    ]);
    expect(definitions('a simple Training-frEE calibratioN (TEEN) strategy')).toEqual([
      ['Training-frEE calibratioN', 'TEEN'],
    ]);
    expect(definitions('we introduce Gradient SAEs (g-SAEs), which modify')).toEqual([
      ['Gradient SAEs', 'g-SAEs'],
    ]);
  });

  it('reads the reverse order "ACR (Long Form)"', () => {
    expect(definitions('propose ODIN (Omni-Dimensional INstance segmentation), a model')).toEqual([
      ['Omni-Dimensional INstance segmentation', 'ODIN'],
    ]);
  });

  it('ignores brackets that hold no acronym', () => {
    expect(
      definitions('surpassing RetinNet+ResNet50 (36.3 AP) by 4.1 absolute AP (1) twice'),
    ).toEqual([]);
  });

  it('rejects long forms that run past the words the acronym spells', () => {
    expect(
      definitions('the automated search for more compact and better-performing models (AutoML).'),
    ).toEqual([]);
  });
});
