import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * How many results a document can ask for: each field counts 1, and a field that returns a list
 * multiplies what is selected under it by its size — its `first` or `limit` argument, or the
 * list's usual size below. `papers(first: 100) { edges { node { similar(first: 100) { … } } } }`
 * costs over 10,000 however shallow it is, which depth and alias limits alone do not see.
 */
const USUAL_LIST_SIZES: Record<string, number> = {
  entities: 25,
  authors: 6,
  repositories: 3,
  codeLinks: 3,
  aliases: 1,
  related: 10,
  similar: 10,
  search: 10,
  shared: 10,
  // Connections and the neighbourhood take first/limit; these are the defaults when absent.
  papers: 20,
  edges: 1,
  nodes: 1,
};

const DEFAULT_PAGE = 20;

function intArgument(
  field: FieldNode,
  names: string[],
  variables: Record<string, unknown>,
): number | undefined {
  for (const argument of field.arguments ?? []) {
    if (!names.includes(argument.name.value)) continue;
    const value: ValueNode = argument.value;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      return typeof given === 'number' ? given : DEFAULT_PAGE;
    }
  }
  return undefined;
}

export function resultCost(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const seen = new Set<string>();
  const selectionCost = (selectionSet: SelectionSetNode | undefined): number => {
    let total = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const multiplier =
          intArgument(selection, ['first', 'limit'], variables) ??
          USUAL_LIST_SIZES[selection.name.value] ??
          1;
        total += 1 + Math.max(multiplier, 1) * selectionCost(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += selectionCost(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment spread inside itself is a validation error anyway: count it once.
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        total += selectionCost(fragment.selectionSet);
        seen.delete(fragment.name.value);
      }
    }
    return total;
  };
  let max = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      max = Math.max(max, selectionCost(definition.selectionSet));
  }
  return max;
}

/** Refuses, before execution and so before any Neo4j statement, a document asking for too much. */
export function useResultCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args }) {
      const cost = resultCost(
        args.document,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      if (cost > maxCost) {
        throw createGraphQLError(
          `The document may return about ${cost} results; the limit is ${maxCost}. Ask for smaller pages.`,
          {
            extensions: { code: 'VALIDATION' },
          },
        );
      }
    },
  };
}
