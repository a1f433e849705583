import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  getArgumentValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../server/context.ts';

/**
 * Starts loading one child field of the object with this key, with the field's arguments; `field`
 * is the child field's node, for a prefetch that also looks at what is asked below it.
 */
type Prefetch = (
  key: string,
  args: Record<string, unknown>,
  context: Context,
  field: { fieldNodes: readonly FieldNode[]; info: GraphQLResolveInfo },
) => Promise<unknown>;

const prefetches = new Map<string, Prefetch>();

/**
 * Lets a root lookup (`entity(key:)`, `paper(id:)`) start a child field's loader in the same tick
 * as its own, when the key is known from the arguments: the two statements then run side by side
 * instead of one after the other, which halves the latency of `entity(key:) { related }`. The
 * child field's resolver later asks the same loader with the same options and gets the same
 * promise, so nothing runs twice. Register with the same options the field's resolver uses.
 */
export function registerPrefetch<Args>(
  typeName: string,
  fieldName: string,
  prefetch: (
    key: string,
    args: Args,
    context: Context,
    field: { fieldNodes: readonly FieldNode[]; info: GraphQLResolveInfo },
  ) => Promise<unknown>,
): void {
  // The arguments come from graphql-js's coercion against this very field's definition.
  prefetches.set(`${typeName}.${fieldName}`, prefetch as Prefetch);
}

/** The fields selected directly on the resolved object, through inline fragments and fragment spreads. */
function* selectedFields(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
): Generator<FieldNode> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* selectedFields(selection.selectionSet, info);
    } else {
      yield* selectedFields(info.fragments[selection.name.value]?.selectionSet, info);
    }
  }
}

function fieldOf(info: GraphQLResolveInfo, typeName: string, name: string) {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  return type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
}

/**
 * Starts the registered prefetches for the fields this resolver's selection asks of a `typeName`
 * object keyed `key`. A failed prefetch is left for the field itself to report (or to ignore, when
 * the object turns out not to exist and the field is never resolved).
 */
export function prefetchSelected(
  info: GraphQLResolveInfo,
  typeName: string,
  key: string,
  context: Context,
): void {
  for (const fieldNode of info.fieldNodes) {
    for (const child of selectedFields(fieldNode.selectionSet, info)) {
      const prefetch = prefetches.get(`${typeName}.${child.name.value}`);
      const field = prefetch && fieldOf(info, typeName, child.name.value);
      if (!prefetch || !field) continue;
      try {
        const args = getArgumentValues(field, child, info.variableValues);
        prefetch(key, args, context, { fieldNodes: [child], info }).catch(() => {});
      } catch {
        // Arguments the field itself refuses (a foreign cursor, say): it reports them when resolved.
      }
    }
  }
}

/**
 * Whether the selection of `fieldNodes` asks for any of `names` at the end of one of `paths`
 * (field names, through fragments): `[['edges', 'node']]` with `repositories` asks whether a
 * connection's papers are asked for their code.
 */
export function selectsBelow(
  fieldNodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
  names: ReadonlySet<string>,
): boolean {
  const below = (nodes: readonly FieldNode[], path: readonly string[]): boolean => {
    const [next, ...rest] = path;
    const children = nodes.flatMap((node) => [...selectedFields(node.selectionSet, info)]);
    if (next === undefined) return children.some((child) => names.has(child.name.value));
    return below(
      children.filter((child) => child.name.value === next),
      rest,
    );
  };
  return paths.some((path) => below(fieldNodes, path));
}
