/**
 * The explorer's only way to the data: the public GraphQL API at /graphql, as any other client
 * would call it. Errors come back as ApiError with a message for a person.
 */

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  type: string;
  weight: number;
  community: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface PathResult extends Subgraph {
  length: number;
}

export class ApiError extends Error {}

const ENDPOINT = '/graphql';

/** Runs one operation; any GraphQL error, HTTP failure or network failure becomes an ApiError. */
export async function runQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`The server did not answer (${(error as Error).message}).`);
  }
  const body = (await response.json().catch(() => undefined)) as
    | { data?: T; errors?: { message: string }[] }
    | undefined;
  if (body?.errors?.length) {
    throw new ApiError(body.errors.map((error) => error.message).join('; '));
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(`The server answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}

const GRAPH_FIELDS = `
  nodes { id kind label type weight community }
  edges { id source target type weight }
`;

export interface NeighborhoodArgs {
  ids: string[];
  depth: number;
  limit: number;
  types?: string[];
  kinds?: string[];
}

/** Every operation the explorer sends; a unit test validates each against the printed schema. */
export const DOCUMENTS = {
  neighborhood: `query ExplorerNeighborhood($ids: [ID!]!, $depth: Int, $limit: Int, $types: [NodeType!], $kinds: [EntityKind!]) {
    neighborhood(ids: $ids, depth: $depth, limit: $limit, types: $types, kinds: $kinds) { ${GRAPH_FIELDS} }
  }`,
  path: `query ExplorerPath($from: ID!, $to: ID!) {
    path(from: $from, to: $to, maxHops: 6) { length ${GRAPH_FIELDS} }
  }`,
  search: `query ExplorerSearch($query: String!) {
    search(query: $query, first: 8, types: [PAPER, ENTITY]) {
      node {
        __typename id
        ... on Paper { title published }
        ... on Entity { name kind paperCount }
      }
    }
  }`,
  node: `query ExplorerNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Paper {
        id title abstract published pageUrl: url arxivId
        authors { id name }
        codeLinks { paths repository { id url } }
        entities { role entity { id name kind } provenance { mentions { field start end } } }
      }
      ... on Entity {
        id name kind aliases paperCount
        related(first: 8) { score cooccurrences entity { id name kind } }
        entityPapers: papers(first: 10) { edges { role node { id title } } }
      }
      ... on Method { repositories { id url } }
      ... on Repository { id url host paperCount papers { id title } }
      ... on Author { id name paperCount papers { id title } }
    }
  }`,
};

export async function fetchNeighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
  const data = await runQuery<{ neighborhood: Subgraph }>(DOCUMENTS.neighborhood, {
    ids: args.ids,
    depth: args.depth,
    limit: args.limit,
    types: args.types?.length ? args.types : null,
    kinds: args.kinds?.length ? args.kinds : null,
  });
  return data.neighborhood;
}

export async function fetchPath(from: string, to: string): Promise<PathResult | null> {
  const data = await runQuery<{ path: PathResult | null }>(DOCUMENTS.path, { from, to });
  return data.path;
}

export interface SearchHit {
  id: string;
  typename: string;
  label: string;
  /** Entity kind in lower case, or `paper`. */
  kind: string;
  detail: string;
}

interface RawHit {
  node: {
    __typename: string;
    id: string;
    title?: string;
    published?: string | null;
    name?: string;
    kind?: string;
    paperCount?: number;
  };
}

export async function searchNodes(query: string): Promise<SearchHit[]> {
  const data = await runQuery<{ search: RawHit[] }>(DOCUMENTS.search, { query });
  return data.search.map(({ node }) =>
    node.__typename === 'Paper'
      ? {
          id: node.id,
          typename: 'Paper',
          label: node.title ?? '',
          kind: 'paper',
          detail: node.published ? `paper, ${node.published.slice(0, 4)}` : 'paper',
        }
      : {
          id: node.id,
          typename: node.__typename,
          label: node.name ?? '',
          kind: (node.kind ?? 'concept').toLowerCase(),
          detail: `${node.__typename.toLowerCase()}, ${node.paperCount ?? 0} papers`,
        },
  );
}

export interface Mention {
  field: string;
  start: number;
  end: number;
}

interface NamedRef {
  id: string;
  name: string;
  kind: string;
}

export interface PaperDetails {
  __typename: 'Paper';
  id: string;
  title: string;
  abstract: string;
  published: string | null;
  pageUrl: string | null;
  arxivId: string | null;
  authors: { id: string; name: string }[];
  codeLinks: { paths: string[]; repository: { id: string; url: string } }[];
  entities: { role: string; entity: NamedRef; provenance: { mentions: Mention[] } }[];
}

export interface EntityDetails {
  __typename: 'Method' | 'Task' | 'Dataset' | 'Metric' | 'Concept';
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  paperCount: number;
  related: { score: number; cooccurrences: number; entity: NamedRef }[];
  entityPapers: { edges: { role: string; node: { id: string; title: string } }[] };
  repositories?: { id: string; url: string }[];
}

export interface RepositoryDetails {
  __typename: 'Repository';
  id: string;
  url: string;
  host: string;
  paperCount: number;
  papers: { id: string; title: string }[];
}

export interface AuthorDetails {
  __typename: 'Author';
  id: string;
  name: string;
  paperCount: number;
  papers: { id: string; title: string }[];
}

export type NodeDetails = PaperDetails | EntityDetails | RepositoryDetails | AuthorDetails;

export async function fetchDetails(id: string): Promise<NodeDetails | null> {
  const data = await runQuery<{ node: NodeDetails | null }>(DOCUMENTS.node, { id });
  return data.node;
}
