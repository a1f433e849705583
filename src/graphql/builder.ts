import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../server/context.ts';

/** Setup only: types register themselves from src/graphql/types/*.ts. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Errors before Relay, as the errors plugin's documentation asks.
  plugins: [ErrorsPlugin, RelayPlugin],
  errors: { defaultTypes: [] },
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    idFieldOptions: { description: 'Global id, valid for `node(id)` and `nodes(ids)`.' },
    nodeTypeOptions: { description: 'Anything with a global id that `node(id)` can fetch again.' },
    nodeQueryOptions: { description: 'Fetch any object by its global id.' },
    nodesQueryOptions: {
      description: 'Fetch several objects by their global ids, in order; null where none.',
    },
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item: pass it as `after` for the next page.',
    },
    edgesFieldOptions: {
      nullable: false,
      description: 'The items of this page, each with its cursor.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: {
      description: 'Opaque position of this item: pass it as `after` or `before`.',
    },
    pageInfoFieldOptions: { description: 'Cursors and whether more items exist.' },
    firstArgOptions: { description: 'Page size from the start, at most 100 (default 20).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: { description: 'Not supported: page forwards with `first` and `after`.' },
    beforeArgOptions: { description: 'Not supported: page forwards with `first` and `after`.' },
    defaultEdgeTypeOptions: { description: 'An item of a page and its cursor.' },
  },
});

builder.queryType({ description: 'Entry points into the paper graph.' });
builder.mutationType({ description: 'Writes; each needs `Authorization: Bearer <token>`.' });
