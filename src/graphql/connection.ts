import { validation } from '../domain/errors.ts';

/**
 * Keyset pagination: a cursor is an opaque encoding of the sort values of the last row seen, so
 * a page boundary stays put when rows are inserted before it (offsets would shift).
 */
export function encodeCursor(list: string, values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(
  list: string,
  cursor: string | null | undefined,
): (string | number)[] | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded[0] === list)
      return decoded.slice(1) as (string | number)[];
  } catch {
    // Not our encoding: reported below like any foreign cursor.
  }
  throw validation(`"${cursor}" is not a cursor of this list`);
}

/** Page sizes every connection accepts. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The page size asked for; refuses sizes outside 0..100 and backward paging instead of guessing. */
export function pageSize(args: ConnectionArgs): number {
  if (args.last != null || args.before != null) {
    throw validation('Only forward paging is supported: use first and after');
  }
  const first = args.first ?? PAGE_SIZE.default;
  if (first < 0 || first > PAGE_SIZE.max) {
    throw validation(`first must be between 0 and ${PAGE_SIZE.max}, got ${first}`);
  }
  return first;
}

/**
 * Builds a Relay connection from rows loaded with one extra row: that row only says whether a
 * next page exists.
 */
export function toConnection<Row, Node>(
  list: string,
  rows: readonly Row[],
  size: number,
  hadCursor: boolean,
  cursorValues: (row: Row) => readonly (string | number)[],
  nodeOf: (row: Row) => Node,
) {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({
    cursor: encodeCursor(list, cursorValues(row)),
    node: nodeOf(row),
    row,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
