import { notFound } from '../../domain/errors.ts';
import type { EntityLink } from '../../domain/models.ts';
import { TYPE_OF_ROLE } from '../../graph/entity-store.ts';
import { toLuceneQuery } from '../../graph/lucene-query.ts';
import type { Context } from '../../server/context.ts';
import { builder } from '../builder.ts';
import { decodeCursor, pageSize, toConnection } from '../connection.ts';
import { prefetchSelected, registerPrefetch } from '../prefetch.ts';
import { AuthorRef } from './author.ts';
import { EntityRef } from './entity.ts';
import { EntityKindEnum, EntityRoleEnum, PaperOrderEnum } from './enums.ts';
import { PaperRef } from './paper-ref.ts';
import { ProvenanceRef } from './provenance.ts';
import { CodeLinkRef, RepositoryRef } from './repository.ts';

const EntityLinkRef = builder.objectRef<EntityLink>('EntityLink').implement({
  description:
    "A paper's link to an extracted entity: the role the paper gives it, and where the link came from.",
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: 'The entity.',
      resolve: (link) => link.entity,
    }),
    role: t.field({
      type: EntityRoleEnum,
      description: 'What the paper does with it.',
      resolve: (link) => link.role,
    }),
    provenance: t.field({
      type: ProvenanceRef,
      description: 'Where the link came from.',
      resolve: (link) => link,
    }),
  }),
});

builder.node(PaperRef, {
  description:
    'A research paper, with what it proposes, uses and mentions, its code and its authors.',
  id: { resolve: (paper) => paper.id },
  loadMany: (ids, context) => ids.map((id) => context.loaders.paperById.load(id)),
  fields: (t) => ({
    paperId: t.exposeString('id', {
      description:
        'Stable id: `arxiv:<id>` when the arXiv id is known, else `title:<hash of the normalised title>`.',
    }),
    arxivId: t.exposeString('arxivId', {
      nullable: true,
      description: 'arXiv id without version, when known.',
    }),
    title: t.exposeString('title', { description: 'Title as the source gives it.' }),
    abstract: t.exposeString('abstract', { description: 'Abstract as the source gives it.' }),
    published: t.exposeString('published', {
      nullable: true,
      description: 'Publication date (ISO 8601), when the source gives it.',
    }),
    url: t.exposeString('url', {
      nullable: true,
      description: "The paper's page, when the source gives it.",
    }),
    source: t.exposeString('source', {
      description: 'The input format the paper came from: listing, jsonl, hf-daily or arxiv.',
    }),
    homepages: t.exposeStringList('homepages', {
      description: 'Project pages the paper links to that are not code repositories.',
    }),
    entities: t.field({
      type: [EntityLinkRef],
      description:
        'Entities the paper links to, most confident first, optionally of one kind or role.',
      args: {
        kind: t.arg({
          type: EntityKindEnum,
          required: false,
          description: 'Only entities of this kind.',
        }),
        role: t.arg({
          type: EntityRoleEnum,
          required: false,
          description: 'Only links with this role.',
        }),
      },
      resolve: async (paper, args, context) =>
        (await context.loaders.entityLinksByPaperId.load(paper.id)).filter(
          (link) =>
            (!args.kind || link.entity.kind === args.kind) &&
            (!args.role || link.role === args.role),
        ),
    }),
    repositories: t.field({
      type: [RepositoryRef],
      description: 'Code repositories the paper links to.',
      resolve: async (paper, _args, context) =>
        (await context.loaders.codeLinksByPaperId.load(paper.id)).map((link) => link.repository),
    }),
    codeLinks: t.field({
      type: [CodeLinkRef],
      description: 'The same links with provenance and the paths inside each repository.',
      resolve: (paper, _args, context) => context.loaders.codeLinksByPaperId.load(paper.id),
    }),
    authors: t.field({
      type: [AuthorRef],
      description: 'Authors in the order the paper lists them (empty when the source has none).',
      resolve: (paper, _args, context) => context.loaders.authorsByPaperId.load(paper.id),
    }),
  }),
});

// `paper(id:) { entities repositories codeLinks authors }` start these beside the lookup.
registerPrefetch('Paper', 'entities', (id: string, _args, context: Context) =>
  context.loaders.entityLinksByPaperId.load(id),
);
for (const field of ['repositories', 'codeLinks']) {
  registerPrefetch('Paper', field, (id: string, _args, context: Context) =>
    context.loaders.codeLinksByPaperId.load(id),
  );
}
registerPrefetch('Paper', 'authors', (id: string, _args, context: Context) =>
  context.loaders.authorsByPaperId.load(id),
);

const PaperFilterInput = builder.inputType('PaperFilter', {
  description: 'Conditions a paper must all meet.',
  fields: (t) => ({
    entity: t.string({
      required: false,
      description: 'Linked to this entity: its key, name or an alias.',
    }),
    role: t.field({
      type: EntityRoleEnum,
      required: false,
      description: 'With `entity`: only links with this role.',
    }),
    proposesKind: t.field({
      type: EntityKindEnum,
      required: false,
      description: 'Proposes an entity of this kind.',
    }),
    hasCode: t.boolean({
      required: false,
      description: 'Links (true) or does not link (false) to a code repository.',
    }),
    publishedFrom: t.string({
      required: false,
      description: 'Published on or after this date (YYYY-MM-DD).',
    }),
    publishedTo: t.string({
      required: false,
      description: 'Published on or before this date (YYYY-MM-DD).',
    }),
    text: t.string({
      required: false,
      description: 'Title or abstract matches these words (full-text, typo-tolerant).',
    }),
  }),
});

type PaperFilterArgs = typeof PaperFilterInput.$inferInput;

/** Turns the GraphQL filter into the store's: names resolved to keys, text to matching ids. */
async function resolveFilter(filter: PaperFilterArgs | null | undefined, context: Context) {
  if (!filter) return {};
  const entity = filter.entity ? await context.entities.findByName(filter.entity) : undefined;
  if (filter.entity && !entity) throw notFound(`No entity is called "${filter.entity}"`);
  const textQuery =
    filter.text === undefined || filter.text === null
      ? undefined
      : toLuceneQuery(filter.text, { allTerms: true });
  // Text with no words to look for matches nothing.
  const textIds =
    textQuery === undefined
      ? undefined
      : textQuery === ''
        ? []
        : await context.papers.textMatches(textQuery);
  return {
    entityKey: entity?.key,
    relationship: filter.role ? TYPE_OF_ROLE[filter.role] : undefined,
    proposesKind: filter.proposesKind ?? undefined,
    hasCode: filter.hasCode ?? undefined,
    publishedFrom: filter.publishedFrom ?? undefined,
    publishedTo: filter.publishedTo ?? undefined,
    textIds,
  };
}

builder.queryFields((t) => ({
  paper: t.field({
    type: PaperRef,
    nullable: true,
    description: 'A paper by its stable id (`paperId`), its global id (`id`) or its arXiv id.',
    args: {
      id: t.arg.id({ required: false, description: 'Stable or global id.' }),
      arxivId: t.arg.string({ required: false, description: 'arXiv id, with or without version.' }),
    },
    resolve: (_root, args, context, info) => {
      if (args.arxivId) return context.papers.findByArxivId(args.arxivId.replace(/v\d+$/, ''));
      if (!args.id) return null;
      const id = String(args.id);
      const global = Buffer.from(id, 'base64').toString('utf8');
      const paperId = global.startsWith('Paper:') ? global.slice('Paper:'.length) : id;
      prefetchSelected(info, 'Paper', paperId, context);
      return context.loaders.paperById.load(paperId);
    },
  }),
  papers: t.connection(
    {
      type: PaperRef,
      description: 'Papers matching a filter, in a chosen order, with keyset cursors.',
      args: {
        filter: t.arg({
          type: PaperFilterInput,
          required: false,
          description: 'Conditions on the papers.',
        }),
        orderBy: t.arg({
          type: PaperOrderEnum,
          required: false,
          description: 'Sort order (default ID).',
        }),
      },
      resolve: async (_root, args, context) => {
        const size = pageSize(args);
        const orderBy = args.orderBy ?? 'ID';
        const [value, id] = decodeCursor(`papers-${orderBy}`, args.after) ?? [];
        const filter = await resolveFilter(args.filter, context);
        const rows = await context.papers.page({
          filter,
          orderBy,
          after: id === undefined ? undefined : { value: String(value), id: String(id) },
          limit: size + 1,
        });
        return {
          ...toConnection(
            `papers-${orderBy}`,
            rows,
            size,
            id !== undefined,
            (row) => [row.sortValue, row.paper.id],
            (row) => row.paper,
          ),
          filter,
        };
      },
    },
    {
      name: 'PaperConnection',
      description: 'A page of papers.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many papers match the filter in all.',
          resolve: (connection, _args, context) =>
            context.papers.count((connection as unknown as { filter: object }).filter),
        }),
      }),
    },
    { name: 'PaperEdge', description: 'A paper and its cursor.' },
  ),
}));
