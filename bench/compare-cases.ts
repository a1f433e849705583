/**
 * The side-by-side benchmark's query set (issue 8): each query as this server's GraphQL
 * document, as the @neo4j/graphql document over `ng-type-defs.ts`, and as the hand-written
 * statement through the driver that is its floor; with, for each side, how to reduce its answer
 * to a comparable value (ids, names, counts, scores), so that the three can be checked equal on
 * every sampled input before anything is timed.
 */
import neo4j from 'neo4j-driver';
import { toLuceneQuery } from '../src/graph/lucene-query.ts';
import { filterLabels } from '../src/graph/node-ref.ts';
import { RELATED_PAPER_CAP } from '../src/graph/related-store.ts';
import type { Row } from '../src/graph/run.ts';
import { INDEX_LIMIT } from '../src/graph/search-store.ts';
import { GENERIC_ENTITY_SHARE, SIMILAR_MAX_ENTITY_PAPERS } from '../src/graph/similar-store.ts';
import { globalId, refOf } from '../src/graphql/node-ids.ts';
import type { EntitySample, Samples } from './api-samples.ts';

type Data = Record<string, unknown>;
type Vars = Record<string, unknown>;

export interface CaseInput {
  ours: Vars;
  ng: Vars;
  /** Parameters of the floor statement. */
  floor: Vars;
}

export interface CompareCase {
  name: string;
  /** Nested reads, held to ≥ 1.5× @neo4j/graphql's throughput. */
  nested: boolean;
  /**
   * Not one of the queries and held to no target: a request that reads nothing, timed
   * so that the report can say how close to its floor any query can come over HTTP and GraphQL.
   */
  baseline?: boolean;
  ours: { document: string; answer(data: Data): unknown };
  ng: { document: string; answer(data: Data): unknown };
  /** A statement name: `bench/cypher/<name>` when it starts with `floor-`, else `cypher/queries/`. */
  floor: { statement: string; answer(rows: Row[]): unknown };
  inputs: CaseInput[];
}

const FIRST = 10;
const PAGE = 20;
const NEIGHBORHOOD = { depth: 2, limit: 200 };

// Answers are walked loosely: a missing field reads as undefined and fails the comparison.
const at = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | null)?.[key], value);
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);
const sorted = (values: unknown[]) => values.map(String).sort();
const num = (value: unknown) => Number(value);
// Scores are computed by the same statement on all sides; rounding only hides float printing.
const score = (value: unknown) => Number(num(value).toFixed(9));
const ROLE_OF_LINK: Record<string, string> = {
  PROPOSED: 'PROPOSES',
  USED: 'USES',
  MENTIONED: 'MENTIONS',
};

/** Ranked hits compared so that the order among equal scores does not matter. */
function ranked(hits: { key: string; score: number }[], first: number) {
  const top = [...hits].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const kept = top.slice(0, first);
  const cutoff = kept.at(-1)?.score ?? 0;
  return {
    scores: kept.map((hit) => score(hit.score)),
    above: sorted(kept.filter((hit) => score(hit.score) > score(cutoff)).map((hit) => hit.key)),
  };
}

const paperDetail = (title: unknown, entities: string[], repositories: unknown[]) => ({
  title,
  entities: entities.sort(),
  repositories: sorted(repositories),
});

function paperWithEntities(papers: string[]): CompareCase {
  return {
    name: 'paper with entities and repositories',
    nested: true,
    ours: {
      document: `query PaperDetail($id: ID!) {
  paper(id: $id) { title entities { role entity { key name } } repositories { url } }
}`,
      answer: (data) =>
        paperDetail(
          at(data, 'paper', 'title'),
          list(at(data, 'paper', 'entities')).map(
            (link) =>
              `${ROLE_OF_LINK[String(link.role)]} ${at(link, 'entity', 'key')} ${at(link, 'entity', 'name')}`,
          ),
          list(at(data, 'paper', 'repositories')).map((r) => r.url),
        ),
    },
    ng: {
      document: `query PaperDetail($id: ID!) {
  papers(where: { id: { eq: $id } }) {
    title
    proposes { key name }
    uses { key name }
    mentions { key name }
    repositories { url }
  }
}`,
      answer: (data) => {
        const paper = at(data, 'papers', 0) as Data;
        const links = (['proposes', 'uses', 'mentions'] as const).flatMap((field) =>
          list(paper?.[field]).map((e) => `${field.toUpperCase()} ${e.key} ${e.name}`),
        );
        return paperDetail(
          paper?.title,
          links,
          list(paper?.repositories).map((r) => r.url),
        );
      },
    },
    floor: {
      statement: 'floor-paper-detail',
      answer: (rows) =>
        paperDetail(
          rows[0]?.title,
          list(rows[0]?.entities).map((e) => `${e.role} ${e.key} ${e.name}`),
          (rows[0]?.repositories as unknown[]) ?? [],
        ),
    },
    inputs: papers.map((id) => ({ ours: { id }, ng: { id }, floor: { id } })),
  };
}

const paperPage = (papers: Data[], repositories: (paper: Data) => unknown[]) =>
  papers.map((paper) => ({
    id: paper.id,
    title: paper.title,
    repositories: sorted(repositories(paper)),
  }));

function entityPapers(entities: EntitySample[]): CompareCase {
  return {
    name: 'entity papers (first 20) with repositories',
    nested: true,
    ours: {
      document: `query EntityPapers($key: String!) {
  entity(key: $key) { papers(first: ${PAGE}) { edges { node { paperId title repositories { url } } } } }
}`,
      answer: (data) =>
        paperPage(
          list(at(data, 'entity', 'papers', 'edges')).map((edge) => {
            const node = edge.node as Data;
            return { ...node, id: node.paperId };
          }),
          (paper) => list(paper.repositories).map((r) => r.url),
        ),
    },
    ng: {
      document: `query EntityPapers($key: String!) {
  entities(where: { key: { eq: $key } }) { papers(first: ${PAGE}) { id title repositories { url } } }
}`,
      answer: (data) =>
        paperPage(list(at(data, 'entities', 0, 'papers')), (paper) =>
          list(paper.repositories).map((r) => r.url),
        ),
    },
    floor: {
      statement: 'floor-entity-papers',
      answer: (rows) => paperPage(rows, (paper) => paper.repositories as unknown[]),
    },
    inputs: entities.map(({ key }) => ({
      ours: { key },
      ng: { key },
      floor: { key, first: neo4j.int(PAGE) },
    })),
  };
}

const KINDS = [null, 'method', 'task', 'dataset', 'metric', 'concept'] as const;
const countRows = (rows: Data[]) =>
  rows.map((row) => `${row.key} ${row.name} ${num(row.paperCount)}`);

function entitiesByPaperCount(): CompareCase {
  return {
    name: 'entities by paper count (first 20)',
    nested: false,
    ours: {
      document: `query TopEntities($kind: EntityKind) {
  entities(orderBy: PAPER_COUNT, first: ${PAGE}, kind: $kind) { edges { node { key name paperCount } } }
}`,
      answer: (data) =>
        countRows(list(at(data, 'entities', 'edges')).map((edge) => edge.node as Data)),
    },
    ng: {
      document: `query TopEntities($where: EntityWhere) {
  entities(where: $where, sort: [{ paperCount: DESC }, { key: ASC }], limit: ${PAGE}) { key name paperCount }
}`,
      answer: (data) => countRows(list(at(data, 'entities'))),
    },
    floor: { statement: 'floor-entities-by-count', answer: countRows },
    inputs: KINDS.map((kind) => ({
      ours: { kind: kind?.toUpperCase() ?? null },
      ng: { where: kind ? { kind: { eq: kind } } : {} },
      floor: { kind, first: neo4j.int(PAGE) },
    })),
  };
}

const relatedItems = (items: Data[]) =>
  items.map(
    (item) => `${at(item, 'entity', 'key')} ${num(item.cooccurrences)} ${score(item.score)}`,
  );

function related(entities: EntitySample[]): CompareCase {
  return {
    name: 'related entities (2 hops)',
    nested: false,
    ours: {
      document: `query Related($key: String!) {
  entity(key: $key) { related(first: ${FIRST}) { score cooccurrences entity { key } } }
}`,
      answer: (data) => relatedItems(list(at(data, 'entity', 'related'))),
    },
    ng: {
      document: `query Related($key: String!) {
  relatedEntities(keys: [$key], first: ${FIRST}) { related { score cooccurrences entity { key } } }
}`,
      answer: (data) => relatedItems(list(at(data, 'relatedEntities', 0, 'related'))),
    },
    floor: {
      statement: 'traversal/related-entities',
      answer: (rows) => relatedItems(list(rows[0]?.related)),
    },
    inputs: entities.map(({ key }) => ({
      ours: { key },
      ng: { key },
      floor: {
        keys: [key],
        first: neo4j.int(FIRST),
        kind: null,
        minScore: null,
        paperCap: neo4j.int(RELATED_PAPER_CAP),
      },
    })),
  };
}

const similarItems = (items: Data[], id: (item: Data) => unknown) =>
  items.map((item) => `${id(item)} ${score(item.score)}`);

function similar(papers: string[]): CompareCase {
  return {
    name: 'similar papers',
    nested: false,
    ours: {
      document: `query Similar($id: ID!) {
  paper(id: $id) { similar(first: ${FIRST}) { score paper { paperId } } }
}`,
      answer: (data) =>
        similarItems(list(at(data, 'paper', 'similar')), (item) => at(item, 'paper', 'paperId')),
    },
    ng: {
      document: `query Similar($id: ID!) {
  similarPapers(ids: [$id], first: ${FIRST}) { similar { score paper { id } } }
}`,
      answer: (data) =>
        similarItems(list(at(data, 'similarPapers', 0, 'similar')), (item) =>
          at(item, 'paper', 'id'),
        ),
    },
    floor: {
      statement: 'traversal/similar-papers',
      answer: (rows) => similarItems(list(rows[0]?.similar), (item) => at(item, 'paper', 'id')),
    },
    inputs: papers.map((id) => ({
      ours: { id },
      ng: { id },
      floor: {
        ids: [id],
        first: neo4j.int(FIRST),
        genericShare: GENERIC_ENTITY_SHARE,
        maxPapers: neo4j.int(SIMILAR_MAX_ENTITY_PAPERS),
        // As this server's statement for a document that asks for no more than ids and titles.
        withAbstracts: false,
        withPaperDetails: false,
      },
    })),
  };
}

/** A link as all three sides can name it: its type, its paper's key and its other end's key. */
const linkOf = (type: unknown, paper: unknown, other: unknown) => `${type} ${paper} ${other}`;
const subgraph = (keys: unknown[], links: string[]) => ({
  nodes: sorted(keys),
  links: sorted(links),
});

function neighborhood(seeds: EntitySample[]): CompareCase {
  const labels = filterLabels();
  return {
    name: 'neighbourhood depth 2 (cap 200)',
    nested: false,
    ours: {
      document: `query Neighborhood($id: ID!) {
  neighborhood(ids: [$id], depth: ${NEIGHBORHOOD.depth}, limit: ${NEIGHBORHOOD.limit}) { nodes { id } edges { type source target } }
}`,
      answer: (data) =>
        subgraph(
          list(at(data, 'neighborhood', 'nodes')).map((node) => refOf(String(node.id)).key),
          list(at(data, 'neighborhood', 'edges')).map((edge) => {
            const [source, target] = [edge.source, edge.target].map((id) => refOf(String(id)).key);
            // Authorship is stored from the author to the paper; every other link from the paper.
            return edge.type === 'AUTHORED'
              ? linkOf(edge.type, target, source)
              : linkOf(edge.type, source, target);
          }),
        ),
    },
    ng: {
      document: `query Neighborhood($key: String!, $labels: [String!]!) {
  neighborhood(seeds: [{ type: "Entity", key: $key }], depth: ${NEIGHBORHOOD.depth}, limit: ${NEIGHBORHOOD.limit}, labels: $labels) {
    nodes { key }
    edges { type paper other }
  }
}`,
      answer: (data) =>
        subgraph(
          list(at(data, 'neighborhood', 0, 'nodes')).map((node) => node.key),
          list(at(data, 'neighborhood', 0, 'edges')).map((edge) =>
            linkOf(edge.type, edge.paper, edge.other),
          ),
        ),
    },
    floor: {
      statement: 'traversal/neighborhood',
      answer: (rows) =>
        subgraph(
          list(rows[0]?.nodes).map((node) => at(node, 'props', 'key') ?? at(node, 'props', 'id')),
          // One [paper id, links] pair per paper (cypher/queries/traversal/neighborhood.cypher).
          ((rows[0]?.edges ?? []) as [string, [string, string][]][]).flatMap(([paper, links]) =>
            links.map(([type, other]) => linkOf(type, paper, other)),
          ),
        ),
    },
    inputs: seeds.map((seed) => ({
      ours: { id: globalId({ type: 'Entity', key: seed.key, kind: seed.kind }) },
      ng: { key: seed.key, labels },
      floor: {
        seeds: [{ type: 'Entity', key: seed.key }],
        depth: neo4j.int(NEIGHBORHOOD.depth),
        limit: neo4j.int(NEIGHBORHOOD.limit),
        labels,
        // As this server's statement for a document that asks for no node label.
        withLabels: false,
      },
    })),
  };
}

function search(entities: EntitySample[]): CompareCase {
  const hits = (edges: Data[], key: string) =>
    edges.map((edge) => ({ key: String(at(edge, 'node', key)), score: num(edge.score) }));
  return {
    name: 'full-text search',
    nested: false,
    ours: {
      document: `query Search($query: String!) {
  search(query: $query, first: ${FIRST}) { score node { id } }
}`,
      answer: (data) =>
        ranked(
          list(at(data, 'search')).map((hit) => ({
            key: refOf(String(at(hit, 'node', 'id'))).key,
            score: num(hit.score),
          })),
          FIRST,
        ),
    },
    // One query per index: @fulltext generates one root field per index. Merging the two top
    // tens gives the top ten of the union, which is what `search` answers.
    ng: {
      document: `query Search($phrase: String!) {
  papersByText(phrase: $phrase, sort: [{ score: DESC }], first: ${FIRST}) { edges { score node { id } } }
  entitiesByText(phrase: $phrase, sort: [{ score: DESC }], first: ${FIRST}) { edges { score node { key } } }
}`,
      answer: (data) =>
        ranked(
          [
            ...hits(list(at(data, 'papersByText', 'edges')), 'id'),
            ...hits(list(at(data, 'entitiesByText', 'edges')), 'key'),
          ],
          FIRST,
        ),
    },
    floor: {
      statement: 'traversal/search',
      answer: (rows) =>
        ranked(
          rows.map((row) => ({ key: String(row.key), score: num(row.score) })),
          FIRST,
        ),
    },
    inputs: entities.map(({ name }) => {
      const query = toLuceneQuery(name);
      return {
        ours: { query: name },
        ng: { phrase: query },
        floor: {
          query,
          labels: filterLabels(),
          indexLimit: neo4j.int(INDEX_LIMIT),
          first: neo4j.int(FIRST),
          withAbstracts: false,
          withPaperDetails: false,
        },
      };
    }),
  };
}

/** `{ __typename }`: HTTP, GraphQL and nothing else on the servers; `RETURN 1` on the floor. */
function readsNothing(): CompareCase {
  const document = 'query Nothing { __typename }';
  return {
    name: 'a request that reads nothing (baseline)',
    nested: false,
    baseline: true,
    ours: { document, answer: (data) => at(data, '__typename') },
    ng: { document, answer: (data) => at(data, '__typename') },
    floor: {
      statement: 'floor-nothing',
      answer: (rows) => (num(rows[0]?.one) === 1 ? 'Query' : rows),
    },
    inputs: [{ ours: {}, ng: {}, floor: {} }],
  };
}

export function compareCases(samples: Samples): CompareCase[] {
  return [
    readsNothing(),
    paperWithEntities(samples.papers),
    entityPapers(samples.entities),
    entitiesByPaperCount(),
    related(samples.entities),
    similar(samples.papers),
    neighborhood(samples.seeds),
    search(samples.entities),
  ];
}
