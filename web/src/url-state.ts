/**
 * What the page shows, kept in the URL so that a view can be shared and reloaded:
 * `?node=<id>&expand=<id>…&selected=<id>&depth=2&limit=100&types=PAPER,ENTITY&kinds=METHOD&from=<id>&to=<id>`.
 * Values that equal the defaults are left out.
 */

export const NODE_TYPES = ['PAPER', 'ENTITY', 'REPOSITORY', 'AUTHOR'] as const;
export const ENTITY_KINDS = ['METHOD', 'TASK', 'DATASET', 'METRIC', 'CONCEPT'] as const;
export const DEPTHS = [1, 2, 3] as const;
export const LIMITS = [50, 100, 200, 500] as const;

export interface ViewState {
  /** The node whose neighbourhood is drawn. */
  node?: string;
  /** Nodes expanded in place (double-click), drawn with theirs. */
  expand: string[];
  /** The node whose details are shown. */
  selected?: string;
  depth: number;
  limit: number;
  /** Node types shown; empty: all. */
  types: string[];
  /** Entity kinds shown; empty: all. */
  kinds: string[];
  /** Ends of the highlighted path. */
  from?: string;
  to?: string;
}

export const DEFAULT_VIEW: ViewState = { expand: [], depth: 1, limit: 200, types: [], kinds: [] };

function oneOf<T>(allowed: readonly T[], value: T, fallback: T): T {
  return allowed.includes(value) ? value : fallback;
}

function list(value: string | null, allowed: readonly string[]): string[] {
  if (!value) return [];
  return value.split(',').filter((item) => allowed.includes(item));
}

/** Reads a URL query; unknown or out-of-range values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name) || undefined;
  return {
    node: text('node'),
    expand: params.getAll('expand').filter(Boolean),
    selected: text('selected'),
    depth: oneOf<number>(DEPTHS, Number(params.get('depth')), DEFAULT_VIEW.depth),
    limit: oneOf<number>(LIMITS, Number(params.get('limit')), DEFAULT_VIEW.limit),
    types: list(params.get('types'), NODE_TYPES),
    kinds: list(params.get('kinds'), ENTITY_KINDS),
    from: text('from'),
    to: text('to'),
  };
}

/** The URL query for a state, without the values that equal the defaults. */
export function viewStateQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  for (const id of state.expand) params.append('expand', id);
  if (state.selected) params.set('selected', state.selected);
  if (state.depth !== DEFAULT_VIEW.depth) params.set('depth', String(state.depth));
  if (state.limit !== DEFAULT_VIEW.limit) params.set('limit', String(state.limit));
  if (state.types.length) params.set('types', state.types.join(','));
  if (state.kinds.length) params.set('kinds', state.kinds.join(','));
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
