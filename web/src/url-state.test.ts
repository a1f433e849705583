import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, viewStateQuery } from './url-state.ts';

describe('view state in the URL', () => {
  it('reads back what it wrote', () => {
    const state = {
      node: 'UGFwZXI6YXJ4aXY6MQ==',
      expand: ['TWV0aG9kOmJlcnQ=', 'VGFzazpxYQ=='],
      selected: 'TWV0aG9kOmJlcnQ=',
      depth: 2,
      limit: 500,
      types: ['PAPER', 'ENTITY'],
      kinds: ['METHOD'],
      from: 'a',
      to: 'b',
    };
    expect(parseViewState(viewStateQuery(state))).toEqual(state);
  });

  it('leaves defaults out and falls back to them for values it does not know', () => {
    expect(viewStateQuery(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('?depth=9&limit=7&types=PAPER,NOPE&kinds=x&from=a')).toEqual({
      ...DEFAULT_VIEW,
      types: ['PAPER'],
      from: 'a',
      node: undefined,
      selected: undefined,
      to: undefined,
    });
  });
});
