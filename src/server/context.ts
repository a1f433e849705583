import DataLoader from 'dataloader';
import type {
  Author,
  CodeLink,
  Entity,
  EntityLink,
  Paper,
  RelatedEntity,
  Repository,
  SimilarPaper,
} from '../domain/models.ts';
import { AuthorStore } from '../graph/author-store.ts';
import { EntityStore, type PaperLink, type PapersPageRequest } from '../graph/entity-store.ts';
import { PaperStore } from '../graph/paper-store.ts';
import { Projection } from '../graph/projection.ts';
import { ReadBatch } from '../graph/read-batch.ts';
import { type RelatedOptions, relatedEntities } from '../graph/related-store.ts';
import { RepositoryStore } from '../graph/repository-store.ts';
import type { Graph, GraphReader } from '../graph/run.ts';
import { similarPapers } from '../graph/similar-store.ts';

/** How many papers a repository or author lists at most (both are unbounded otherwise). */
export const NESTED_PAPERS_LIMIT = 100;

/** A loader whose keys are requests: equal requests share one result, all go in one batch. */
function requestLoader<Request, Result>(load: (requests: readonly Request[]) => Promise<Result[]>) {
  return new DataLoader<Request, Result, string>(load, {
    cacheKeyFn: (request) => JSON.stringify(request),
  });
}

/** One loader per distinct set of arguments, so that every field asked with the same arguments shares one batch. */
function loaderPerOptions<Options, Key, Result>(
  create: (options: Options) => DataLoader<Key, Result>,
) {
  const loaders = new Map<string, DataLoader<Key, Result>>();
  return (options: Options) => {
    const id = JSON.stringify(options);
    let loader = loaders.get(id);
    if (!loader) {
      loader = create(options);
      loaders.set(id, loader);
    }
    return loader;
  };
}

function createLoaders(
  graph: GraphReader,
  papers: PaperStore,
  entities: EntityStore,
  projection: Projection,
) {
  const repositories = new RepositoryStore(graph, projection);
  const authors = new AuthorStore(graph);
  const codeLinksByPaperId = new DataLoader<string, CodeLink[]>((ids) =>
    repositories.codeLinksByPaperIds(ids),
  );
  return {
    paperById: new DataLoader<string, Paper | null>((ids) => papers.findByIds(ids)),
    repositoryByKey: new DataLoader<string, Repository | null>((keys) =>
      repositories.findByKeys(keys),
    ),
    entityByKey: new DataLoader<string, Entity | null>((keys) => entities.findByKeys(keys)),
    authorByKey: new DataLoader<string, Author | null>((keys) => authors.findByKeys(keys)),
    codeLinksByPaperId,
    entityLinksByPaperId: new DataLoader<string, EntityLink[]>((ids) =>
      entities.linksByPaperIds(ids),
    ),
    authorsByPaperId: new DataLoader<string, Author[]>((ids) => authors.byPaperIds(ids)),
    papersByAuthorKey: new DataLoader<string, Paper[]>((keys) =>
      papers.byAuthorKeys(keys, NESTED_PAPERS_LIMIT),
    ),
    papersByRepositoryKey: new DataLoader<string, Paper[]>((keys) =>
      papers.byRepositoryKeys(keys, NESTED_PAPERS_LIMIT),
    ),
    repositoriesByMethodKey: new DataLoader<string, Repository[]>((keys) =>
      entities.repositoriesOfProposers(keys),
    ),
    related: loaderPerOptions(
      (options: RelatedOptions) =>
        new DataLoader<string, RelatedEntity[]>(async (keys) => {
          const byKey = await relatedEntities(graph, keys, options);
          return keys.map((key) => byKey.get(key) ?? []);
        }),
    ),
    similar: loaderPerOptions(
      (options: { first: number }) =>
        new DataLoader<string, SimilarPaper[]>(async (ids) => {
          const byId = await similarPapers(graph, ids, options, projection);
          return ids.map((id) => byId.get(id) ?? []);
        }),
    ),
    entityPapersPage: requestLoader<PapersPageRequest, PaperLink[]>(async (requests) => {
      const pages = await entities.papersPages(requests);
      // Code brought along with a page (`withCode`): the papers' own fields find it loaded.
      for (const link of pages.flat()) {
        if (link.codeLinks) codeLinksByPaperId.prime(link.paper.id, link.codeLinks);
      }
      return pages;
    }),
  };
}

/** Everything a resolver may use, made fresh for every request so that loader caches never leak between requests. */
export interface Context {
  /** For writes (mutations). */
  graph: Graph;
  /** For reads: this request's statements, one round trip per turn of the event loop. */
  reader: GraphReader;
  /**
   * Which optional values this request's statements bring back; narrowed to what the document
   * selects before execution (`use-lean-projection.ts`).
   */
  projection: Projection;
  /** The request carried the configured write token. */
  canWrite: boolean;
  papers: PaperStore;
  entities: EntityStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(graph: Graph, canWrite = false): Context {
  const reader = new ReadBatch(graph);
  const projection = new Projection();
  const papers = new PaperStore(reader, projection);
  const entities = new EntityStore(reader, projection);
  return {
    graph,
    reader,
    projection,
    canWrite,
    papers,
    entities,
    loaders: createLoaders(reader, papers, entities, projection),
  };
}
