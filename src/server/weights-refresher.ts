import type { Graph } from '../graph/run.ts';
import {
  refreshSimilarityWeights,
  similarityWeightsState,
  type WeightsRefresh,
} from '../graph/similarity-weights.ts';

export interface RefresherLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface WeightsChecker {
  /**
   * One check: nothing when the weights are current or a write came in since the previous
   * check; otherwise a refresh, whose outcome it returns. A failure is logged, never thrown.
   */
  check(): Promise<WeightsRefresh | undefined>;
  /** Makes a refresh under way stop after its current page. */
  stop(): void;
}

export interface WeightsRefresher {
  /** Stops checking; a refresh under way stops after its current page. */
  stop(): Promise<void>;
}

class Stopped extends Error {}

/**
 * Decides, check by check, when to recompute the papers' similarity weights. It waits until the
 * graph version has stood still from one check to the next: while writes keep coming (a long
 * `kg ingest`, a stream of mutations), each would make a refresh stale before it ended, and a
 * refresh of a large graph is a full pass over its links (29 s at 1M papers, docs/scaling.md).
 */
export function createWeightsChecker(graph: Graph, log: RefresherLog): WeightsChecker {
  let stopped = false;
  let seenVersion: number | undefined;
  return {
    async check() {
      const started = performance.now();
      try {
        const state = await similarityWeightsState(graph);
        const settled = state.version === seenVersion;
        seenVersion = state.version;
        if (state.current || !settled) return undefined;
        const result = await refreshSimilarityWeights(graph, {
          onProgress: () => {
            if (stopped) throw new Stopped();
          },
        });
        const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
        if (result.refreshed) log.info({ ...result, seconds }, 'similarity weights refreshed');
        return result;
      } catch (error) {
        if (!(error instanceof Stopped))
          log.warn({ err: error }, 'similarity weights refresh failed');
        return undefined;
      }
    },
    stop() {
      stopped = true;
    },
  };
}

/**
 * Keeps the papers' stored similarity weights current while the server runs: checks at start and
 * then every `intervalMs` (one read when nothing changed), and recomputes them once writes,
 * whoever made them (this server's mutations, `kg ingest`, another server), have stopped for an
 * interval. Until then `similar` counts the weights live: same answers, slower. A failure (Neo4j
 * away) is logged and tried again at the next check; it never reaches a request. `intervalMs`
 * 0: no checks at all.
 */
export function keepSimilarityWeightsCurrent(
  graph: Graph,
  { intervalMs, log }: { intervalMs: number; log: RefresherLog },
): WeightsRefresher {
  if (intervalMs <= 0) return { stop: async () => {} };
  const checker = createWeightsChecker(graph, log);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      running = checker.check().finally(() => {
        if (!stopped) schedule(intervalMs);
      });
    }, delayMs);
    // The checks never keep the process alive on their own.
    timer.unref();
  };
  schedule(0);

  return {
    async stop() {
      stopped = true;
      checker.stop();
      clearTimeout(timer);
      await running;
    },
  };
}
