import type { Row } from './run.ts';

/** One read statement to send together with others: its text, its result columns, its parameters. */
export interface StatementPart {
  text: string;
  columns: readonly string[];
  params: Row;
}

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const quoteName = (name: string) => `\`${name.replaceAll('`', '``')}\``;
const rowsOf = (index: number) => `__rows${index}`;

/**
 * Several independent read statements as one: each runs as its own `CALL () { … }` subquery
 * (no variables imported, so none leak between them) with its parameters renamed `$s<i>_<name>`,
 * and its rows are collected, in their order, as maps of its columns, whether it finds any or not. The answer is one row with
 * a list of rows per statement; `splitCombined` takes it apart. The texts come from the
 * QueryRegistry, already without comments (`compactStatement`), and
 * `test/cypher-files.int.test.ts` EXPLAINs every read statement combined.
 */
export function combineStatements(parts: readonly StatementPart[]): { text: string; params: Row } {
  const params: Row = {};
  const clauses = parts.map((part, index) => {
    const prefix = `s${index}_`;
    for (const [name, value] of Object.entries(part.params)) params[prefix + name] = value;
    const body = part.text.trim().replace(PARAMETER, (_match, name: string) => `$${prefix}${name}`);
    const row = part.columns.map((column) => `${quoteName(column)}: ${quoteName(column)}`);
    // Collected inside an outer subquery: an aggregate without grouping keys yields one row even
    // from no rows, so a statement that finds nothing gives [] instead of removing the row.
    return `CALL () {\nCALL () {\n${body}\n}\nRETURN collect({${row.join(', ')}}) AS ${rowsOf(index)}\n}`;
  });
  const returned = parts.map((_part, index) => rowsOf(index)).join(', ');
  return { text: `${clauses.join('\n')}\nRETURN ${returned}`, params };
}

/** The rows of each statement, in the order `combineStatements` was given them. */
export function splitCombined(answer: Row | undefined, count: number): Row[][] {
  if (!answer) throw new Error('A combined read returned no row');
  return Array.from({ length: count }, (_unused, index) => answer[rowsOf(index)] as Row[]);
}
