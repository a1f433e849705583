import type { Graph } from '../graph/run.ts';
import { refreshSimilarityWeights } from '../graph/similarity-weights.ts';

export interface RefresherLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface WeightsRefresher {
  /** Stops checking; a refresh under way stops after its current page. */
  stop(): Promise<void>;
}

class Stopped extends Error {}

/**
 * Keeps the papers' stored similarity weights current while the server runs: checks at start and
 * then every `intervalMs` (one read when nothing changed), and recomputes them after any write,
 * whoever made it (this server's mutations, `kg ingest`, another server). Until then `similar`
 * counts the weights live: same answers, slower. A failure (Neo4j away) is logged and tried again
 * at the next check; it never reaches a request. `intervalMs` 0: no checks at all.
 */
export function keepSimilarityWeightsCurrent(
  graph: Graph,
  { intervalMs, log }: { intervalMs: number; log: RefresherLog },
): WeightsRefresher {
  if (intervalMs <= 0) return { stop: async () => {} };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const check = async () => {
    const started = performance.now();
    try {
      const result = await refreshSimilarityWeights(graph, {
        onProgress: () => {
          if (stopped) throw new Stopped();
        },
      });
      if (result.refreshed) {
        const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
        log.info({ ...result, seconds }, 'similarity weights refreshed');
      }
    } catch (error) {
      if (!(error instanceof Stopped))
        log.warn({ err: error, retryInMs: intervalMs }, 'similarity weights refresh failed');
    }
  };
  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      running = check().finally(() => {
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
      clearTimeout(timer);
      await running;
    },
  };
}
