import { BREAK, type DocumentNode, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';

/** The schema's only fields that serve the large values a Projection can leave out. */
const ABSTRACT_FIELD = 'abstract';
const MENTIONS_FIELD = 'mentions';

const selectedByDocument = new WeakMap<DocumentNode, { abstracts: boolean; mentions: boolean }>();

/**
 * Whether a document selects `abstract` or `mentions` anywhere: in any operation or fragment,
 * under any alias, whatever the type or the directives. Erring towards yes is safe (a value
 * fetched and not read); a miss would serve a null abstract or empty mentions, so the test is
 * on the field name alone. Yoga's parser cache hands the same DocumentNode to every request with
 * the same text, so each document is walked once.
 */
export function largeValuesSelected(document: DocumentNode): {
  abstracts: boolean;
  mentions: boolean;
} {
  const cached = selectedByDocument.get(document);
  if (cached) return cached;
  const selected = { abstracts: false, mentions: false };
  visit(document, {
    Field(node) {
      if (node.name.value === ABSTRACT_FIELD) selected.abstracts = true;
      if (node.name.value === MENTIONS_FIELD) selected.mentions = true;
      return selected.abstracts && selected.mentions ? BREAK : undefined;
    },
  });
  selectedByDocument.set(document, selected);
  return selected;
}

/**
 * Tells the request's stores, before any resolver runs, which large values its document can
 * ever read, so that their statements leave the others out (`src/graph/projection.ts`).
 */
export function useLeanProjection(): Plugin<Context> {
  return {
    onExecute({ args }) {
      args.contextValue.projection.narrowTo(largeValuesSelected(args.document));
    },
  };
}
