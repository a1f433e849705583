import neo4j from 'neo4j-driver';
import type { Graph } from './run.ts';
import { GENERIC_ENTITY_SHARE, SIMILAR_MAX_ENTITY_PAPERS } from './similar-store.ts';

/**
 * Similar papers are scored by an idf-weighted Ochiai coefficient, whose normaliser needs every
 * candidate's own sum of idf; counting it live reads each candidate's links and was most of a
 * `similar` request's cost (docs/performance.md). Papers store its two parts instead, and the
 * graph state node says at which graph version they were computed: `similar` uses them only at
 * that version, so answers are exact whatever the weights' age, and stale weights cost speed only.
 */

const CAP_PARAMS = {
  genericShare: GENERIC_ENTITY_SHARE,
  maxPapers: neo4j.int(SIMILAR_MAX_ENTITY_PAPERS),
};

export const WEIGHTS_PAGE_SIZE = 10_000;

export interface WeightsState {
  /** The graph version: moved on by every write of papers or links. */
  version: number;
  /** Whether the stored weights were computed at this version, so that `similar` uses them. */
  current: boolean;
  cap: number;
  papers: number;
}

export interface WeightsRefresh {
  /** False when the weights were already current: nothing was read or written. */
  refreshed: boolean;
  /** Papers whose weights were recomputed, and those whose stored values changed. */
  papers: number;
  changed: number;
  /**
   * Whether `similar` uses the weights now. False when a write committed during the refresh: the
   * weights may then mix two versions, and the next refresh computes them again.
   */
  current: boolean;
}

export async function similarityWeightsState(graph: Graph): Promise<WeightsState> {
  const [row] = await graph.read('graph/similarity-weights-state', CAP_PARAMS);
  return {
    version: Number(row?.version ?? 0),
    current: row?.current === true,
    cap: Number(row?.cap),
    papers: Number(row?.papers ?? 0),
  };
}

/**
 * Recomputes every paper's stored similarity weights, a page per write transaction so that no
 * transaction grows with the graph, then marks them current unless a write came in meanwhile.
 */
export async function refreshSimilarityWeights(
  graph: Graph,
  options: {
    pageSize?: number;
    /** Called after each page with the papers done so far and the total at the start. */
    onProgress?: (done: number, total: number) => void | Promise<void>;
  } = {},
): Promise<WeightsRefresh> {
  const state = await similarityWeightsState(graph);
  if (state.current) return { refreshed: false, papers: 0, changed: 0, current: true };
  const limit = neo4j.int(options.pageSize ?? WEIGHTS_PAGE_SIZE);
  let after = '';
  let papers = 0;
  let changed = 0;
  for (;;) {
    const [page] = await graph.write('graph/similarity-weights-page', {
      after,
      limit,
      cap: state.cap,
    });
    const count = Number(page?.papers ?? 0);
    if (count === 0) break;
    papers += count;
    changed += Number(page?.changed ?? 0);
    after = page?.last as string;
    await options.onProgress?.(papers, Math.max(state.papers, papers));
  }
  const [mark] = await graph.write('graph/mark-similarity-weights', {
    version: neo4j.int(state.version),
    cap: state.cap,
  });
  return { refreshed: true, papers, changed, current: mark?.marked === true };
}
