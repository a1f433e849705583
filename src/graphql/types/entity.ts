import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Entity, EntityKind, EntityRole } from '../../domain/models.ts';
import type { PaperLink } from '../../graph/entity-store.ts';
import type { Context } from '../../server/context.ts';
import { builder } from '../builder.ts';
import { type ConnectionArgs, decodeCursor, pageSize, toConnection } from '../connection.ts';
import { prefetchSelected, registerPrefetch, selectsBelow } from '../prefetch.ts';
import { EntityKindEnum, EntityOrderEnum, EntityRoleEnum } from './enums.ts';
import { PaperRef } from './paper-ref.ts';
import { ProvenanceRef } from './provenance.ts';
import { RepositoryRef } from './repository.ts';

const TYPE_NAME: Record<EntityKind, string> = {
  method: 'Method',
  task: 'Task',
  dataset: 'Dataset',
  metric: 'Metric',
  concept: 'Concept',
};

export const EntityRef = builder.interfaceRef<Entity>('Entity');

const PAGE_PAPER_PATHS = [['edges', 'node']];
const PAPER_CODE_FIELDS = new Set(['repositories', 'codeLinks']);

/**
 * One page of an entity's papers, one more than asked to tell whether another follows. When the
 * page's papers are asked for their code, the page statement brings it too, and the loader
 * primes each paper's code links with it: one round trip where the code would take a second.
 */
function loadPapersPage(
  key: string,
  args: ConnectionArgs & { role?: EntityRole | null },
  context: Context,
  field: { fieldNodes: readonly FieldNode[]; info: GraphQLResolveInfo },
) {
  const [afterId] = decodeCursor('entity-papers', args.after) ?? [];
  return context.loaders.entityPapersPage.load({
    key,
    role: args.role ?? undefined,
    after: afterId as string | undefined,
    limit: pageSize(args) + 1,
    withCode: selectsBelow(field.fieldNodes, field.info, PAGE_PAPER_PATHS, PAPER_CODE_FIELDS),
  });
}

// `entity(key:) { papers }` starts the page beside the lookup.
registerPrefetch('Entity', 'papers', loadPapersPage);

EntityRef.implement({
  description:
    'A canonical scientific entity extracted from papers: every surface form of it across papers is one node.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => TYPE_NAME[entity.kind],
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        'Canonical key: equal for every surface form (case, plurals, hyphens, acronyms).',
    }),
    kind: t.field({
      type: EntityKindEnum,
      description: 'What the entity is.',
      resolve: (entity) => entity.kind,
    }),
    name: t.exposeString('name', {
      description: 'Display name: the long form where an acronym is defined.',
    }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other surface forms seen in papers, acronyms included.',
    }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers link to it.' }),
    papers: t.connection(
      {
        type: PaperRef,
        description: 'Papers linked to it, by paper id, optionally one role only.',
        args: {
          role: t.arg({
            type: EntityRoleEnum,
            required: false,
            description: 'Only links with this role.',
          }),
        },
        resolve: async (entity, args, context, info) => {
          const size = pageSize(args);
          const links = await loadPapersPage(entity.key, args, context, {
            fieldNodes: info.fieldNodes,
            info,
          });
          const afterId = decodeCursor('entity-papers', args.after)?.[0];
          return toConnection(
            'entity-papers',
            links,
            size,
            afterId !== undefined,
            (link) => [link.paper.id],
            (link) => link.paper,
          );
        },
      },
      { name: 'EntityPaperConnection', description: 'A page of the papers linked to an entity.' },
      {
        name: 'EntityPaperEdge',
        description:
          'A paper linked to the entity, with the role it gives it and where the link came from.',
        fields: (edge) => ({
          role: edge.field({
            type: EntityRoleEnum,
            description: 'What the paper does with the entity.',
            resolve: (parent) => (parent as unknown as { row: PaperLink }).row.role,
          }),
          provenance: edge.field({
            type: ProvenanceRef,
            description: 'Where the link came from.',
            resolve: (parent) => (parent as unknown as { row: PaperLink }).row,
          }),
        }),
      },
    ),
  }),
});

function entityNode(kind: EntityKind, description: string) {
  const ref = builder.objectRef<Entity>(TYPE_NAME[kind]);
  builder.node(ref, {
    description,
    interfaces: [EntityRef],
    isTypeOf: (value) => (value as Entity).kind === kind,
    id: { resolve: (entity) => entity.key },
    loadMany: (keys, context) => keys.map((key) => context.loaders.entityByKey.load(key)),
    fields: () => ({}),
  });
  return ref;
}

export const MethodRef = entityNode('method', 'A method, model, architecture or system.');
entityNode('task', 'A problem or task papers address.');
entityNode('dataset', 'A dataset, benchmark or corpus.');
entityNode('metric', 'An evaluation metric.');
entityNode('concept', 'Any other scientific term.');

builder.objectField(MethodRef, 'repositories', (t) =>
  t.field({
    type: [RepositoryRef],
    description: 'Code of the papers that propose this method.',
    resolve: (method, _args, context) => context.loaders.repositoriesByMethodKey.load(method.key),
  }),
);

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description:
      'An entity by its key, or by any name or alias it goes by ("PVT" finds Pyramid Vision Transformer).',
    args: {
      key: t.arg.string({ required: false, description: 'Canonical key.' }),
      name: t.arg.string({ required: false, description: 'A name or alias, in any case.' }),
    },
    resolve: (_root, args, context, info) => {
      if (args.key) {
        prefetchSelected(info, 'Entity', args.key, context);
        return context.loaders.entityByKey.load(args.key);
      }
      return args.name ? context.entities.findByName(args.name) : null;
    },
  }),
  entities: t.connection(
    {
      type: EntityRef,
      description:
        'Entities, optionally of one kind, most papers first or by name, with keyset cursors.',
      args: {
        kind: t.arg({
          type: EntityKindEnum,
          required: false,
          description: 'Only entities of this kind.',
        }),
        orderBy: t.arg({
          type: EntityOrderEnum,
          required: false,
          description: 'Sort order (default PAPER_COUNT).',
        }),
      },
      resolve: async (_root, args, context) => {
        const size = pageSize(args);
        const orderBy = args.orderBy ?? 'PAPER_COUNT';
        const list = `entities-${orderBy}`;
        const [paperCount, name, key] = decodeCursor(list, args.after) ?? [];
        const after =
          key === undefined
            ? undefined
            : {
                key: String(key),
                name: String(name),
                paperCount: Number(paperCount),
                kind: 'concept' as const,
                aliases: [],
              };
        const rows = await context.entities.page({
          kind: args.kind ?? undefined,
          orderBy,
          after,
          limit: size + 1,
        });
        return {
          ...toConnection(
            list,
            rows,
            size,
            after !== undefined,
            (e) => [e.paperCount, e.name, e.key],
            (e) => e,
          ),
          kind: args.kind ?? undefined,
        };
      },
    },
    {
      name: 'EntityConnection',
      description: 'A page of entities.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many entities (of the kind asked for) there are in all.',
          resolve: (connection, _args, context) =>
            context.entities.count((connection as unknown as { kind?: EntityKind }).kind),
        }),
      }),
    },
    { name: 'EntityEdge', description: 'An entity and its cursor.' },
  ),
}));
