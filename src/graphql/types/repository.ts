import type { CodeLink, Mention, Repository } from '../../domain/models.ts';
import { builder } from '../builder.ts';

export const RepositoryRef = builder.objectRef<Repository>('Repository');

builder.node(RepositoryRef, {
  description: 'A code repository (GitHub, GitLab, Bitbucket or Hugging Face) that papers link to.',
  id: { resolve: (repository) => repository.key },
  loadMany: (keys, context) => keys.map((key) => context.loaders.repositoryByKey.load(key)),
  fields: (t) => ({
    url: t.exposeString('url', {
      description: 'Canonical URL: host, owner and name, without sub-paths.',
    }),
    host: t.exposeString('host', { description: 'github, gitlab, bitbucket or huggingface.' }),
    owner: t.exposeString('owner', {
      description: 'User or organisation (GitLab: the group path).',
    }),
    name: t.exposeString('name', { description: 'Repository name.' }),
  }),
});

const MentionRef = builder.objectRef<Mention>('Mention').implement({
  description:
    'Where in a paper a link or entity was found: JavaScript string offsets, end exclusive.',
  fields: (t) => ({
    field: t.exposeString('field', { description: '`title` or `abstract`.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset after the last character.' }),
  }),
});

export const CodeLinkRef = builder.objectRef<CodeLink>('CodeLink').implement({
  description: "A paper's link to a repository, with its provenance.",
  fields: (t) => ({
    repository: t.field({
      type: RepositoryRef,
      description: 'The linked repository.',
      resolve: (link) => link.repository,
    }),
    paths: t.exposeStringList('paths', {
      description:
        'Folders inside the repository that the paper points at; empty when it links the repository itself.',
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'How sure the extractor is, from 0 to 1.',
    }),
    extractorVersion: t.exposeString('extractorVersion', {
      description: 'The extractor version that made the link.',
    }),
    mentions: t.field({
      type: [MentionRef],
      description: 'Where the paper mentions the link.',
      resolve: (link) => link.mentions,
    }),
  }),
});
