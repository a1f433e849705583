import type { Author } from '../../domain/models.ts';
import { builder } from '../builder.ts';
import { PaperRef } from './paper-ref.ts';

export const AuthorRef = builder.objectRef<Author>('Author');

builder.node(AuthorRef, {
  description: 'A person who wrote papers in the graph, identified by the normalised name.',
  id: { resolve: (author) => author.key },
  loadMany: (keys, context) => keys.map((key) => context.loaders.authorByKey.load(key)),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name as the first source gave it.' }),
    paperCount: t.exposeInt('paperCount', {
      description: 'How many papers in the graph they wrote.',
    }),
    papers: t.field({
      type: [PaperRef],
      description: 'Their papers, newest first, at most 100.',
      resolve: (author, _args, context) => context.loaders.papersByAuthorKey.load(author.key),
    }),
  }),
});
