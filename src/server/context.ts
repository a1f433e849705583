import DataLoader from 'dataloader';
import type { CodeLink, Paper, Repository } from '../domain/models.ts';
import { PaperStore } from '../graph/paper-store.ts';
import { RepositoryStore } from '../graph/repository-store.ts';
import type { Graph } from '../graph/run.ts';

/** Everything a resolver may use, made fresh for every request so that loader caches never leak between requests. */
export interface Context {
  papers: PaperStore;
  loaders: {
    paperById: DataLoader<string, Paper | null>;
    repositoryByKey: DataLoader<string, Repository | null>;
    codeLinksByPaperId: DataLoader<string, CodeLink[]>;
  };
}

export function createContext(graph: Graph): Context {
  const papers = new PaperStore(graph);
  const repositories = new RepositoryStore(graph);
  return {
    papers,
    loaders: {
      paperById: new DataLoader((ids) => papers.findByIds(ids)),
      repositoryByKey: new DataLoader((keys) => repositories.findByKeys(keys)),
      codeLinksByPaperId: new DataLoader((ids) => repositories.codeLinksByPaperIds(ids)),
    },
  };
}
