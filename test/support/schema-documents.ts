import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
} from 'graphql';

type Draw = fc.GeneratorValue;

/** Values that are valid for a type but awkward: quotes, Lucene and Cypher syntax, extremes. */
const AWKWARD_STRINGS = [
  "'",
  '`',
  '"',
  '\\',
  '*:*',
  'a~ b^3 "c',
  "x'}) DETACH DELETE n //",
  '',
  ' ',
];
const AWKWARD_INTS = [0, -1, 1, 100, 101, 2_147_483_647, -2_147_483_648];
/** Literals of every kind, to give a field an argument of the wrong type now and then. */
const ANY_LITERAL = ['null', '1', '-1.5', '"x"', 'true', '[]', '{}', 'PAPER'];

const literal = (value: string) => JSON.stringify(value);

// fc.gen compares the arguments of each draw deeply, which schema objects (cyclic) do not
// survive: draw indices, never the objects.
const pick = <T>(draw: Draw, items: readonly T[]): T =>
  items[draw(fc.integer, { min: 0, max: items.length - 1 })] as T;
const pickSome = <T>(draw: Draw, items: readonly T[], maxLength = items.length): T[] =>
  draw(fc.subarray, [...items.keys()], { maxLength: Math.min(maxLength, items.length) }).map(
    (index) => items[index] as T,
  );

function inputValue(draw: Draw, type: GraphQLInputType, known: string[], depth: number): string {
  if (draw(fc.integer, { min: 0, max: 19 }) === 0) return draw(fc.constantFrom, ...ANY_LITERAL);
  if (isNonNullType(type)) return inputValue(draw, type.ofType, known, depth);
  if (isListType(type)) {
    const count = draw(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: count }, () => inputValue(draw, type.ofType, known, depth)).join(', ')}]`;
  }
  if (isEnumType(type)) return pick(draw, type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth <= 0) return '{}';
    const fields = pickSome(draw, Object.values(type.getFields()));
    return `{ ${fields.map((field) => `${field.name}: ${inputValue(draw, field.type, known, depth - 1)}`).join(', ')} }`;
  }
  const coin = () => draw(fc.boolean);
  switch (type.name) {
    case 'Int':
      return String(coin() ? pick(draw, AWKWARD_INTS) : draw(fc.integer, { min: -5, max: 200 }));
    case 'Float':
      return String(draw(fc.double, { noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }));
    case 'Boolean':
      return String(coin());
    case 'ID':
      return literal(coin() ? pick(draw, known) : draw(fc.string, { maxLength: 40 }));
    default:
      // String and the custom scalars (dates) take strings: real ids and names, awkward text, noise.
      return literal(
        coin()
          ? pick(draw, [...known, ...AWKWARD_STRINGS, '2024-01-03', '2024-13-45'])
          : draw(fc.string, { maxLength: 40 }),
      );
  }
}

function argumentsOf(draw: Draw, field: GraphQLField<unknown, unknown>, known: string[]): string {
  // Required arguments usually present, so that most documents get past validation and execute.
  const chosen = field.args.filter((arg) =>
    isNonNullType(arg.type) ? draw(fc.integer, { min: 0, max: 9 }) > 0 : draw(fc.boolean),
  );
  if (chosen.length === 0) return '';
  return `(${chosen.map((arg) => `${arg.name}: ${inputValue(draw, arg.type, known, 2)}`).join(', ')})`;
}

interface Walk {
  draw: Draw;
  schema: GraphQLSchema;
  known: string[];
}

function selectionOf(walk: Walk, type: GraphQLNamedType, depth: number): string {
  const { draw, schema, known } = walk;
  if (isLeafType(type)) return '';
  const possible: GraphQLField<unknown, unknown>[] = isUnionType(type)
    ? []
    : Object.values(type.getFields());
  // At the bottom, only leaves: a composite field there would need a selection of its own.
  const fields =
    depth <= 0 ? possible.filter((field) => isLeafType(getNamedType(field.type))) : possible;
  const picked = pickSome(draw, fields, 3);
  const parts = picked.map((field, index) => {
    const alias = draw(fc.integer, { min: 0, max: 4 }) === 0 ? `a${index}: ` : '';
    const nested = selectionOf(walk, getNamedType(field.type), depth - 1);
    return `${alias}${field.name}${argumentsOf(draw, field, known)}${nested}`;
  });
  // Abstract types: a fragment on one of the concrete types behind them.
  if ((isInterfaceType(type) || isUnionType(type)) && depth > 0) {
    const member = pick(draw, schema.getPossibleTypes(type));
    parts.push(`... on ${member.name}${selectionOf(walk, member, depth - 1)}`);
  }
  parts.push('__typename');
  return ` { ${parts.join(' ')} }`;
}

/**
 * GraphQL documents built from the schema: real fields and nested selections under the query or
 * mutation root, arguments with valid, awkward and wrong-typed values, ids taken from `known` so
 * that lookups find something. (Pick the root here: `.filter` on an `fc.gen` arbitrary never
 * returns in fast-check 4.11.)
 */
export function schemaDocument(
  schema: GraphQLSchema,
  operation: 'query' | 'mutation',
  known: string[],
  maxDepth = 4,
): fc.Arbitrary<string> {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!root) throw new Error(`The schema has no ${operation} type`);
  return fc.gen().map((draw) => {
    const depth = draw(fc.integer, { min: 1, max: maxDepth });
    return `${operation}${selectionOf({ draw, schema, known }, root, depth)}`;
  });
}
