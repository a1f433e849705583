/**
 * The inputs the API benchmark asks about, drawn from the loaded graph with a seeded shuffle of
 * key-ordered candidates: the same graph and seed give the same inputs on every run.
 */
import neo4j from 'neo4j-driver';
import type { EntityKind } from '../src/domain/models.ts';
import type { Graph } from '../src/graph/run.ts';
import { createRandom, shuffled } from './prng.ts';

export interface EntitySample {
  key: string;
  kind: EntityKind;
  name: string;
  paperCount: number;
}

export interface Samples {
  /** Entities with a paperCount of 5 to 500: the typical ask. */
  entities: EntitySample[];
  /** The entities in most papers, reported apart. */
  hubs: EntitySample[];
  papers: string[];
  /** Entities whose whole depth-2 neighbourhood, seed included, has at most `limit` nodes. */
  seeds: EntitySample[];
  /** Paper pairs for `path`. */
  pairs: [string, string][];
}

export const SAMPLE_SIZE = 50;
const HUBS = 5;
const NEIGHBORHOOD_LIMIT = 200;

const toEntity = (row: Record<string, unknown>): EntitySample => ({
  key: row.key as string,
  kind: row.kind as EntityKind,
  name: row.name as string,
  paperCount: Number(row.paperCount),
});

/** The first SAMPLE_SIZE candidates (in shuffled order) whose depth-2 reach fits the limit. */
async function pickSeeds(benchGraph: Graph, candidates: EntitySample[]): Promise<EntitySample[]> {
  const seeds: EntitySample[] = [];
  for (let start = 0; start < candidates.length && seeds.length < SAMPLE_SIZE; start += 50) {
    const chunk = candidates.slice(start, start + 50);
    const rows = await benchGraph.read('api-depth2-reach', { keys: chunk.map((e) => e.key) });
    const reach = new Map(rows.map((row) => [row.key as string, Number(row.reach)]));
    for (const entity of chunk) {
      const size = reach.get(entity.key);
      // More than the seed alone, so that an answer has something to check.
      if (size !== undefined && size >= 1 && size + 1 <= NEIGHBORHOOD_LIMIT) seeds.push(entity);
    }
  }
  return seeds.slice(0, SAMPLE_SIZE);
}

export async function pickSamples(benchGraph: Graph, seed: number): Promise<Samples> {
  const random = createRandom(seed);
  const candidates = shuffled(
    (await benchGraph.read('api-entity-candidates', { minPapers: 5, maxPapers: 500 })).map(
      toEntity,
    ),
    random,
  );
  const hubs = (await benchGraph.read('api-hub-entities', { count: neo4j.int(HUBS) })).map(
    toEntity,
  );
  const ids = shuffled(
    (await benchGraph.read('api-paper-ids')).map((row) => row.id as string),
    random,
  );
  const papers = ids.slice(0, SAMPLE_SIZE);
  const others = ids.slice(SAMPLE_SIZE, 2 * SAMPLE_SIZE);
  return {
    entities: candidates.slice(0, SAMPLE_SIZE),
    hubs,
    papers,
    seeds: await pickSeeds(benchGraph, candidates),
    pairs: papers.map((id, i) => [id, others[i] as string]),
  };
}
