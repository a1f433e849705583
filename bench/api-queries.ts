/**
 * What the API benchmark asks: each GraphQL document, its inputs, the traversal statement that is
 * its floor, and how to measure the size of an answer from either side, so that the two can be
 * checked against each other on every request.
 */
import type { Row } from '../src/graph/run.ts';
import { globalId } from '../src/graphql/node-ids.ts';
import type { EntitySample, Samples } from './api-samples.ts';

export interface BenchCase {
  name: string;
  /** Held to the latency targets; the others are extra rows. */
  targeted: boolean;
  document: string;
  inputs: Record<string, unknown>[];
  /** The statement the store sends for it, timed alone as the floor. */
  traversal: string;
  /** Items in a GraphQL answer; 0 is an empty answer. */
  answerSize(data: Record<string, unknown>): number;
  /** Items in the floor statement's rows, comparable with answerSize. */
  floorSize(rows: Row[]): number;
}

const RELATED = `query Related($key: String!) {
  entity(key: $key) { related(first: 10) { score cooccurrences entity { name } } }
}`;
const SIMILAR = `query Similar($id: ID!) {
  paper(id: $id) { similar(first: 10) { score paper { title } shared { name } } }
}`;
const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  neighborhood(ids: [$id], depth: 2, limit: 200) {
    nodes { id kind label weight community }
    edges { id source target type weight }
  }
}`;
const SEARCH = `query Search($query: String!) {
  search(query: $query) { score node { id } }
}`;
const PATH = `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) { length nodes { id label } edges { type } }
}`;

// Both sides answer with one list (GraphQL) or one row holding a list (Cypher, per key).
const get = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], value);
const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const listInFirstRow = (field: string) => (rows: Row[]) => length(rows[0]?.[field]);

const entityId = (entity: EntitySample) =>
  globalId({ type: 'Entity', key: entity.key, kind: entity.kind });
const paperId = (id: string) => globalId({ type: 'Paper', key: id });

const related = (name: string, entities: EntitySample[], targeted: boolean): BenchCase => ({
  name,
  targeted,
  document: RELATED,
  inputs: entities.map((entity) => ({ key: entity.key })),
  traversal: 'traversal/related-entities',
  answerSize: (data) => length(get(data, 'entity', 'related')),
  floorSize: listInFirstRow('related'),
});

const neighborhood = (name: string, seeds: EntitySample[], targeted: boolean): BenchCase => ({
  name,
  targeted,
  document: NEIGHBORHOOD,
  inputs: seeds.map((seed) => ({ id: entityId(seed) })),
  traversal: 'traversal/neighborhood',
  answerSize: (data) => length(get(data, 'neighborhood', 'nodes')),
  floorSize: listInFirstRow('nodes'),
});

export function benchCases(samples: Samples): BenchCase[] {
  return [
    related('related', samples.entities, true),
    {
      name: 'similar',
      targeted: true,
      document: SIMILAR,
      inputs: samples.papers.map((id) => ({ id })),
      traversal: 'traversal/similar-papers',
      answerSize: (data) => length(get(data, 'paper', 'similar')),
      floorSize: listInFirstRow('similar'),
    },
    neighborhood('neighborhood depth 2', samples.seeds, true),
    related('related, hubs', samples.hubs, false),
    neighborhood('neighborhood depth 2, hubs (cut at 200)', samples.hubs, false),
    {
      name: 'search',
      targeted: false,
      document: SEARCH,
      inputs: samples.entities.map((entity) => ({ query: entity.name })),
      traversal: 'traversal/search',
      answerSize: (data) => length(get(data, 'search')),
      floorSize: (rows) => rows.length,
    },
    {
      name: 'path, maxHops 4',
      targeted: false,
      document: PATH,
      inputs: samples.pairs.map(([from, to]) => ({ from: paperId(from), to: paperId(to) })),
      traversal: 'traversal/shortest-path',
      answerSize: (data) => length(get(data, 'path', 'nodes')),
      floorSize: listInFirstRow('nodes'),
    },
  ];
}
