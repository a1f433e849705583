import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import type { Paper } from '../../domain/models.ts';
import { builder } from '../builder.ts';
import { checkPageSize, decodeCursor, encodeCursor, PAGE_SIZE } from '../cursor.ts';
import { CodeLinkRef, RepositoryRef } from './repository.ts';

export const PaperRef = builder.objectRef<Paper>('Paper');

builder.node(PaperRef, {
  description: 'A research paper, with what it links to.',
  id: { resolve: (paper) => paper.id },
  loadMany: (ids, context) => ids.map((id) => context.loaders.paperById.load(id)),
  fields: (t) => ({
    paperId: t.exposeString('id', {
      description:
        'Stable id: `arxiv:<id>` when the arXiv id is known, else `title:<hash of the normalised title>`.',
    }),
    title: t.exposeString('title', { description: 'Title as the source gives it.' }),
    abstract: t.exposeString('abstract', { description: 'Abstract as the source gives it.' }),
    source: t.exposeString('source', {
      description: 'The input format the paper came from, e.g. `listing`.',
    }),
    homepages: t.exposeStringList('homepages', {
      description: 'Project pages the paper links to that are not code repositories.',
    }),
    repositories: t.field({
      type: [RepositoryRef],
      description: 'Code repositories the paper links to.',
      resolve: async (paper, _args, context) =>
        (await context.loaders.codeLinksByPaperId.load(paper.id)).map((link) => link.repository),
    }),
    codeLinks: t.field({
      type: [CodeLinkRef],
      description:
        'The same links with provenance: paths inside the repository, mentions, confidence.',
      resolve: (paper, _args, context) => context.loaders.codeLinksByPaperId.load(paper.id),
    }),
  }),
});

builder.queryFields((t) => ({
  paper: t.field({
    type: PaperRef,
    nullable: true,
    description: 'A paper by its stable id (`paperId`) or its global id (`id`).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      const id = String(args.id);
      const globalId = Buffer.from(id, 'base64').toString('utf8');
      return context.loaders.paperById.load(globalId.startsWith('Paper:') ? globalId.slice(6) : id);
    },
  }),
  papers: t.connection(
    {
      type: PaperRef,
      description: 'All papers in id order, with keyset cursors.',
      resolve: (_root, args, context) => {
        checkPageSize(args);
        return resolveCursorConnection(
          {
            args: {
              ...args,
              after: decodeCursor('paper', args.after),
              before: decodeCursor('paper', args.before),
            },
            toCursor: (paper: Paper) => encodeCursor('paper', paper.id),
            defaultSize: PAGE_SIZE.default,
            maxSize: PAGE_SIZE.max,
          },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            context.papers.page({ before, after, limit, descending: inverted }),
        );
      },
    },
    {
      description: 'A page of papers.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many papers there are in all.',
          resolve: (_connection, _args, context) => context.papers.count(),
        }),
      }),
    },
  ),
}));
