import { encodeGlobalID } from '@pothos/plugin-relay';

/** A GraphiQL tab: a document and its variables. */
export interface ExampleOperation {
  query: string;
  variables?: string;
}

/** The query GraphiQL opens with: runs as is against any ingested corpus. */
export const EXAMPLE_QUERY = `# Papers and their code. Press the run button (or Ctrl-Enter).
query PapersAndCode {
  papers(first: 5) {
    totalCount
    edges {
      node {
        title
        repositories { url }
      }
    }
  }
}
`;

const METHOD_AND_CODE = `# A method by any of its names: the papers behind it and their code.
query MethodPapersAndCode {
  entity(name: "PVT") {
    __typename
    name
    aliases
    paperCount
    ... on Method { repositories { url } }
    papers(first: 5) {
      edges {
        role
        provenance { confidence mentions { field start end } }
        node { title }
      }
    }
  }
}
`;

const RELATED = `# What a concept is related to: entities that co-occur in papers (normalised PMI).
query RelatedConcepts {
  entity(name: "transformer") {
    name
    related(first: 10) {
      score
      cooccurrences
      entity { __typename name }
    }
  }
}
`;

const SIMILAR_AND_SEARCH = `# Full-text search with a typo, then the papers most like the first hit.
query SearchThenSimilar {
  search(query: "vison transformer", types: [PAPER], first: 3) {
    score
    node {
      ... on Paper {
        title
        similar(first: 3) { score paper { title } shared { name } }
      }
    }
  }
}
`;

const PATH = `# How two entities are connected: a shortest path, nodes in order.
query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { id type label }
    edges { type source target }
  }
}
`;

const NEIGHBORHOOD = `# A neighbourhood as flat nodes and edges, ready for Cytoscape.js or sigma.js.
query Neighborhood($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 2, limit: 50) {
    nodes { id kind label weight community }
    edges { id source target type weight }
  }
}
`;

const STATS = `# What the graph holds.
query Stats {
  stats {
    labels { name count }
    relationships { name count }
  }
}
`;

const transformer = encodeGlobalID('Method', 'transformer');
const pvt = encodeGlobalID('Method', 'pyramid vision transformer');

/** The tabs GraphiQL opens with; each runs as is on the demo corpus (`npm run demo`). */
export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  { query: EXAMPLE_QUERY },
  { query: METHOD_AND_CODE },
  { query: RELATED },
  { query: SIMILAR_AND_SEARCH },
  { query: PATH, variables: JSON.stringify({ from: transformer, to: pvt }, null, 2) },
  { query: NEIGHBORHOOD, variables: JSON.stringify({ ids: [pvt] }, null, 2) },
  { query: STATS },
];
