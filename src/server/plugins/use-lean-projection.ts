import {
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { EVERYTHING, type Selected } from '../../graph/projection.ts';
import type { Context } from '../context.ts';

/**
 * The fields, as `Type.field`, that serve each value a Projection can leave out. Every other
 * field of these types is served from what statements always bring (ids, keys, titles, urls) or
 * by a loader of its own; `use-lean-projection.test.ts` checks that each field of these types
 * is in one list or the other, so a new field cannot be forgotten here.
 */
export const FIELDS_OF: Readonly<Record<keyof Selected, readonly string[]>> = {
  abstracts: ['Paper.abstract'],
  paperDetails: [
    'Paper.arxivId',
    'Paper.homepages',
    'Paper.published',
    'Paper.source',
    'Paper.url',
  ],
  provenance: ['Provenance.confidence', 'Provenance.extractorVersion'],
  mentions: ['Provenance.mentions'],
  codeDetails: ['CodeLink.paths', 'CodeLink.provenance'],
  repositoryDetails: [
    'Repository.host',
    'Repository.name',
    'Repository.owner',
    'Repository.paperCount',
  ],
  labels: ['GraphNode.label'],
};

const selectedByDocument = new WeakMap<DocumentNode, Readonly<Selected>>();

/**
 * Which of the values a Projection can leave out a document can ever read: a field counts as
 * selected wherever it appears (any operation, fragment, alias, directive), on its own type or
 * through an interface any of whose types it could be. Erring towards selected is safe (a value
 * fetched and not read); a miss would serve a null. Yoga's parser cache hands the same
 * DocumentNode to every request with the same text, so each document is walked once.
 */
export function selectedBy(document: DocumentNode, schema: GraphQLSchema): Readonly<Selected> {
  const cached = selectedByDocument.get(document);
  if (cached) return cached;
  const fields = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = getNamedType(typeInfo.getParentType());
        if (!parent) return;
        const types = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
        for (const type of types) fields.add(`${type.name}.${node.name.value}`);
      },
    }),
  );
  const selected = { ...EVERYTHING };
  for (const value of Object.keys(FIELDS_OF) as (keyof Selected)[]) {
    selected[value] = FIELDS_OF[value].some((field) => fields.has(field));
  }
  selectedByDocument.set(document, selected);
  return selected;
}

/**
 * Tells the request's stores, before any resolver runs, which values its document can ever
 * read, so that their statements leave the others out (`src/graph/projection.ts`).
 */
export function useLeanProjection(): Plugin<Context> {
  return {
    onExecute({ args }) {
      args.contextValue.projection.narrowTo(selectedBy(args.document, args.schema));
    },
  };
}
