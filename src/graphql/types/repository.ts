import type { CodeLink, Repository } from '../../domain/models.ts';
import { builder } from '../builder.ts';
import { PaperRef } from './paper-ref.ts';
import { ProvenanceRef } from './provenance.ts';

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
    paperCount: t.exposeInt('paperCount', { description: 'How many papers link to it.' }),
    papers: t.field({
      type: [PaperRef],
      description: 'Papers that link to it, newest first, at most 100.',
      resolve: (repository, _args, context) =>
        context.loaders.papersByRepositoryKey.load(repository.key),
    }),
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
    provenance: t.field({
      type: ProvenanceRef,
      description: 'Where the link came from.',
      resolve: (link) => link,
    }),
  }),
});
