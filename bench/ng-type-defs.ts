/**
 * The same graph model as type definitions for @neo4j/graphql 7, written the way its
 * documentation recommends: `@node` types, one `@relationship` field per relationship type with
 * its properties in an `@relationshipProperties` type, `@fulltext` for the two full-text indexes,
 * and `@cypher` (with `columnName`) for what it has no native form for: papers across the three
 * entity-link types, related entities, similar papers and the capped neighbourhood. Those
 * `@cypher` fields run this project's own statements from `cypher/queries/traversal/`, so both
 * servers compute the same thing and only the layer around the statement differs.
 */
import type { QueryRegistry } from '../src/graph/cypher.ts';
import { RELATED_PAPER_CAP } from '../src/graph/related-store.ts';
import { GENERIC_ENTITY_SHARE, SIMILAR_MAX_ENTITY_PAPERS } from '../src/graph/similar-store.ts';

/** A statement for a GraphQL block string: `"""` cannot occur inside one. */
function blockString(statement: string): string {
  if (statement.includes('"""')) throw new Error('a @cypher statement may not contain """');
  return `"""\n${statement}\n"""`;
}

/**
 * Our statements answer one row per requested key with columns the stores read; @cypher takes one
 * column, so each runs as a subquery and its row is returned as one map.
 */
const asRow = (statement: string, row: string) =>
  blockString(`CALL () {\n${statement}\n}\nRETURN ${row} AS row`);

export function ngTypeDefs(queries: QueryRegistry): string {
  const related = asRow(queries.text('traversal/related-entities'), '{key: key, related: related}');
  const similar = asRow(queries.text('traversal/similar-papers'), '{id: id, similar: similar}');
  const neighborhood = asRow(
    queries.text('traversal/neighborhood'),
    // `edges` holds one [paper id, links] pair per paper, each link [type, other end's key, …]:
    // flattened to one map per link, the edge list a client draws.
    '{nodes: [n IN nodes | {key: coalesce(n.props.key, n.props.id), labels: n.labels}], edges: reduce(flat = [], group IN edges | flat + [link IN group[1] | {type: link[0], paper: group[0], other: link[1]}])}',
  );
  return `
type EntityLink @relationshipProperties {
  confidence: Float!
  extractorVersion: String!
}

type CodeLink @relationshipProperties {
  confidence: Float!
  paths: [String!]
}

type Authorship @relationshipProperties {
  position: Int!
}

type Paper
  @node
  @fulltext(indexes: [{ indexName: "paper_text", queryName: "papersByText", fields: ["title", "abstract"] }]) {
  id: ID!
  title: String!
  abstract: String!
  arxivId: String
  published: String
  source: String!
  proposes: [Entity!]! @relationship(type: "PROPOSES", direction: OUT, properties: "EntityLink")
  uses: [Entity!]! @relationship(type: "USES", direction: OUT, properties: "EntityLink")
  mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "EntityLink")
  repositories: [Repository!]! @relationship(type: "HAS_CODE", direction: OUT, properties: "CodeLink")
  authors: [Author!]! @relationship(type: "AUTHORED", direction: IN, properties: "Authorship")
}

type Entity
  @node
  @fulltext(indexes: [{ indexName: "entity_text", queryName: "entitiesByText", fields: ["name", "aliasText"] }]) {
  key: String!
  kind: String!
  name: String!
  aliases: [String!]
  aliasText: String
  paperCount: Int!
  proposedBy: [Paper!]! @relationship(type: "PROPOSES", direction: IN, properties: "EntityLink")
  usedBy: [Paper!]! @relationship(type: "USES", direction: IN, properties: "EntityLink")
  mentionedBy: [Paper!]! @relationship(type: "MENTIONS", direction: IN, properties: "EntityLink")
  "Papers linking the entity in any role, by paper id: one relationship field covers one type."
  papers(first: Int! = 20): [Paper!]!
    @cypher(
      statement: """
      MATCH (this)<-[:PROPOSES|USES|MENTIONS]-(paper:Paper)
      RETURN paper ORDER BY paper.id LIMIT $first
      """
      columnName: "paper"
    )
}

type Repository @node {
  key: String!
  url: String!
  owner: String
  name: String
  paperCount: Int!
  papers: [Paper!]! @relationship(type: "HAS_CODE", direction: IN, properties: "CodeLink")
}

type Author @node {
  key: String!
  name: String!
  paperCount: Int!
  papers: [Paper!]! @relationship(type: "AUTHORED", direction: OUT, properties: "Authorship")
}

type EntitySummary {
  key: String!
  kind: String!
  name: String!
  paperCount: Int!
}

type RelatedItem {
  entity: EntitySummary!
  score: Float!
  cooccurrences: Int!
}

type RelatedRow {
  key: String!
  related: [RelatedItem!]!
}

type PaperSummary {
  id: ID!
  title: String!
}

type SimilarItem {
  paper: PaperSummary!
  score: Float!
  shared: [EntitySummary!]!
}

type SimilarRow {
  id: ID!
  similar: [SimilarItem!]!
}

type SubgraphNode {
  key: String!
  labels: [String!]!
}

type SubgraphEdge {
  type: String!
  paper: String!
  other: String!
}

type SubgraphRow {
  nodes: [SubgraphNode!]!
  edges: [SubgraphEdge!]!
}

input Seed {
  type: String!
  key: String!
}

type Query {
  relatedEntities(
    keys: [String!]!
    first: Int! = 10
    kind: String
    minScore: Float
    paperCap: Int! = ${RELATED_PAPER_CAP}
  ): [RelatedRow!]! @cypher(statement: ${related}, columnName: "row")
  similarPapers(
    ids: [ID!]!
    first: Int! = 10
    genericShare: Float! = ${GENERIC_ENTITY_SHARE}
    maxPapers: Int! = ${SIMILAR_MAX_ENTITY_PAPERS}
    withAbstracts: Boolean! = false
    withPaperDetails: Boolean! = false
  ): [SimilarRow!]! @cypher(statement: ${similar}, columnName: "row")
  neighborhood(
    seeds: [Seed!]!
    depth: Int!
    limit: Int!
    labels: [String!]!
    withLabels: Boolean! = false
  ): [SubgraphRow!]!
    @cypher(statement: ${neighborhood}, columnName: "row")
}
`;
}
