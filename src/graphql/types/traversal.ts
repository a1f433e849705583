import { brandWithType } from '@pothos/core';
import type {
  EntityKind,
  GraphEdge,
  GraphNode,
  RelatedEntity,
  SearchHit,
  SimilarPaper,
  Subgraph,
} from '../../domain/models.ts';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_NODES,
  neighborhood,
} from '../../graph/neighborhood-store.ts';
import type { NodeType } from '../../graph/node-ref.ts';
import { MAX_PATH_HOPS, shortestPath } from '../../graph/path-store.ts';
import { MAX_SEARCH_HITS, search } from '../../graph/search-store.ts';
import { stats } from '../../graph/stats-store.ts';
import type { Context } from '../../server/context.ts';
import { builder } from '../builder.ts';
import { globalId, nodeKind, refOf, typeName } from '../node-ids.ts';
import { registerPrefetch } from '../prefetch.ts';
import { EntityRef } from './entity.ts';
import { EntityKindEnum } from './enums.ts';
import { PaperRef } from './paper-ref.ts';

const NodeTypeEnum = builder.enumType('NodeType', {
  description: 'The types of node a traversal or search can return.',
  values: {
    PAPER: { value: 'Paper', description: 'Papers.' },
    ENTITY: { value: 'Entity', description: 'Extracted entities (narrow with `kinds`).' },
    REPOSITORY: { value: 'Repository', description: 'Code repositories.' },
    AUTHOR: { value: 'Author', description: 'Authors.' },
  } as const,
});

const RelatedEntityRef = builder.objectRef<RelatedEntity>('RelatedEntity').implement({
  description: 'An entity that appears in the same papers as another.',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: 'The related entity.',
      resolve: (related) => related.entity,
    }),
    score: t.exposeFloat('score', {
      description:
        'Normalised pointwise mutual information over papers, from -1 (never together) to 1 (always together).',
    }),
    cooccurrences: t.exposeInt('cooccurrences', { description: 'Papers that link to both.' }),
  }),
});

const SimilarPaperRef = builder.objectRef<SimilarPaper>('SimilarPaper').implement({
  description: 'A paper like another by the informative entities they share.',
  fields: (t) => ({
    paper: t.field({
      type: PaperRef,
      description: 'The similar paper.',
      resolve: (similar) => similar.paper,
    }),
    score: t.exposeFloat('score', {
      description: 'Idf-weighted overlap of their entities, from 0 to 1.',
    }),
    shared: t.field({
      type: [EntityRef],
      description: 'The shared entities, rarest first (at most 10).',
      resolve: (similar) => similar.shared,
    }),
  }),
});

const GraphNodeRef = builder.objectRef<GraphNode>('GraphNode').implement({
  description: 'A node of a drawn subgraph, flat for Cytoscape.js or sigma.js.',
  fields: (t) => ({
    id: t.id({
      description: 'Global id: pass it to `node(id)` or `neighborhood(ids)`.',
      resolve: (node) => globalId(node.ref),
    }),
    type: t.string({
      description:
        'GraphQL type: Paper, Method, Task, Dataset, Metric, Concept, Repository or Author.',
      resolve: (node) => typeName(node.ref),
    }),
    kind: t.string({
      description:
        'What to colour by: paper, repository, author, or an entity kind (method, task, …).',
      resolve: (node) => nodeKind(node.ref),
    }),
    label: t.exposeString('label', { description: 'Display text: title, name, or owner/name.' }),
    weight: t.exposeFloat('weight', {
      description: 'Importance for sizing: its number of links to papers.',
    }),
    community: t.exposeInt('community', {
      description: 'Cluster within this subgraph, for colouring groups.',
    }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdge>('GraphEdge').implement({
  description: 'A link of a drawn subgraph, its ends named by node id, in its stored direction.',
  fields: (t) => ({
    id: t.id({
      description: 'Unique within the graph: type, source and target.',
      resolve: (edge) => `${edge.type}:${globalId(edge.source)}:${globalId(edge.target)}`,
    }),
    source: t.id({
      description: 'Id of the node the link starts at.',
      resolve: (edge) => globalId(edge.source),
    }),
    target: t.id({
      description: 'Id of the node the link ends at.',
      resolve: (edge) => globalId(edge.target),
    }),
    type: t.exposeString('type', {
      description: 'PROPOSES, USES, MENTIONS, HAS_CODE or AUTHORED.',
    }),
    weight: t.exposeFloat('weight', {
      description: "The extractor's confidence; 1 for authorship.",
    }),
  }),
});

const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description: 'Nodes and the links among them: every edge points at returned nodes.',
  fields: (t) => ({
    nodes: t.field({
      type: [GraphNodeRef],
      description: 'Most important first.',
      resolve: (graph) => graph.nodes,
    }),
    edges: t.field({
      type: [GraphEdgeRef],
      description: 'Links among the nodes.',
      resolve: (graph) => graph.edges,
    }),
  }),
});

const PathRef = builder.objectRef<Subgraph>('Path').implement({
  description:
    'A shortest path: nodes in order from `from` to `to`; edge i links node i and node i + 1.',
  fields: (t) => ({
    length: t.int({ description: 'Number of links.', resolve: (path) => path.edges.length }),
    nodes: t.field({
      type: [GraphNodeRef],
      description: 'From first to last.',
      resolve: (path) => path.nodes,
    }),
    edges: t.field({
      type: [GraphEdgeRef],
      description: 'In path order, each in its stored direction.',
      resolve: (path) => path.edges,
    }),
  }),
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A paper or entity matching a search, with its full-text score.',
  fields: (t) => ({
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The matching paper or entity.',
      resolve: (hit) => {
        // The search statement brought the node along; the Node interface needs its type said.
        brandWithType(hit.node, typeName(hit.ref) as never);
        return hit.node as never;
      },
    }),
    score: t.exposeFloat('score', {
      description: 'Lucene score: higher is better; comparable within one search.',
    }),
  }),
});

const CountRef = builder.objectRef<{ name: string; count: number }>('Count').implement({
  description: 'How many of one thing there are.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'A node label or relationship type.' }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const StatsRef = builder.objectRef<Awaited<ReturnType<typeof stats>>>('Stats').implement({
  description: 'What the graph holds.',
  fields: (t) => ({
    labels: t.field({
      type: [CountRef],
      description: 'Nodes per label.',
      resolve: (s) => s.labels.map(({ label, count }) => ({ name: label, count })),
    }),
    relationships: t.field({
      type: [CountRef],
      description: 'Links per relationship type.',
      resolve: (s) => s.relationships.map(({ type, count }) => ({ name: type, count })),
    }),
  }),
});

interface RelatedArgs {
  first?: number | null;
  kind?: EntityKind | null;
  minScore?: number | null;
}

function loadRelated(key: string, args: RelatedArgs, context: Context) {
  const options = {
    first: args.first ?? 10,
    kind: args.kind ?? undefined,
    minScore: args.minScore ?? undefined,
  };
  return context.loaders.related(options).load(key);
}

function loadSimilar(id: string, args: { first?: number | null }, context: Context) {
  return context.loaders.similar({ first: args.first ?? 10 }).load(id);
}

// `entity(key:) { related }` and `paper(id:) { similar }` start these beside their lookup.
registerPrefetch('Entity', 'related', loadRelated);
registerPrefetch('Paper', 'similar', loadSimilar);

builder.interfaceField(EntityRef, 'related', (t) =>
  t.field({
    type: [RelatedEntityRef],
    description: 'Entities that co-occur with this one in papers, strongest first.',
    args: {
      first: t.arg.int({
        required: false,
        defaultValue: 10,
        description: 'How many, at most 100.',
      }),
      kind: t.arg({
        type: EntityKindEnum,
        required: false,
        description: 'Only entities of this kind.',
      }),
      minScore: t.arg.float({ required: false, description: 'Only scores at least this high.' }),
    },
    resolve: (entity, args, context) => loadRelated(entity.key, args, context),
  }),
);

builder.objectField(PaperRef, 'similar', (t) =>
  t.field({
    type: [SimilarPaperRef],
    description: 'Papers that share the most informative entities with this one.',
    args: {
      first: t.arg.int({
        required: false,
        defaultValue: 10,
        description: 'How many, at most 100.',
      }),
    },
    resolve: (paper, args, context) => loadSimilar(paper.id, args, context),
  }),
);

builder.queryFields((t) => ({
  path: t.field({
    type: PathRef,
    nullable: true,
    description:
      'A shortest path between any two nodes, ignoring link direction; null when none is within maxHops.',
    args: {
      from: t.arg.id({ required: true, description: 'Global id of the first node.' }),
      to: t.arg.id({ required: true, description: 'Global id of the last node.' }),
      maxHops: t.arg.int({
        required: false,
        defaultValue: 4,
        description: `At most ${MAX_PATH_HOPS}.`,
      }),
    },
    resolve: (_root, args, context) =>
      shortestPath(
        context.reader,
        refOf(String(args.from)),
        refOf(String(args.to)),
        args.maxHops ?? 4,
        context.projection,
      ),
  }),
  neighborhood: t.field({
    type: SubgraphRef,
    description: 'The nodes around some nodes and the links among them, ready to draw.',
    args: {
      ids: t.arg.idList({ required: true, description: 'Global ids of the nodes to start from.' }),
      depth: t.arg.int({
        required: false,
        defaultValue: 1,
        description: `Hops from the start nodes, at most ${MAX_NEIGHBORHOOD_DEPTH}.`,
      }),
      limit: t.arg.int({
        required: false,
        defaultValue: 200,
        description: `Nodes at most (${MAX_NEIGHBORHOOD_NODES}); the most important are kept.`,
      }),
      kinds: t.arg({
        type: [EntityKindEnum],
        required: false,
        description: 'Only entities of these kinds.',
      }),
      types: t.arg({
        type: [NodeTypeEnum],
        required: false,
        description: 'Only nodes of these types.',
      }),
    },
    resolve: (_root, args, context) =>
      neighborhood(
        context.reader,
        args.ids.map((id) => refOf(String(id))),
        {
          depth: args.depth ?? 1,
          limit: args.limit ?? 200,
          ...(args.kinds ? { kinds: args.kinds } : {}),
          ...(args.types ? { types: args.types as NodeType[] } : {}),
        },
        context.projection,
      ),
  }),
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over paper titles and abstracts and entity names and aliases, tolerant of one typo per word.',
    args: {
      query: t.arg.string({
        required: true,
        description: 'Words to look for; no query syntax is interpreted.',
      }),
      kinds: t.arg({
        type: [EntityKindEnum],
        required: false,
        description: 'Only entities of these kinds.',
      }),
      types: t.arg({
        type: [NodeTypeEnum],
        required: false,
        description: 'Only nodes of these types.',
      }),
      first: t.arg.int({
        required: false,
        defaultValue: 10,
        description: `How many, at most ${MAX_SEARCH_HITS}.`,
      }),
    },
    resolve: (_root, args, context) =>
      search(
        context.reader,
        args.query,
        {
          first: args.first ?? 10,
          ...(args.kinds ? { kinds: args.kinds } : {}),
          ...(args.types ? { types: args.types as NodeType[] } : {}),
        },
        context.projection,
      ),
  }),
  stats: t.field({
    type: StatsRef,
    description: 'Counts per node label and relationship type.',
    resolve: (_root, _args, context) => stats(context.reader),
  }),
}));
