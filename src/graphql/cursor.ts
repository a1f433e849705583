import { validation } from '../domain/errors.ts';

/**
 * Keyset cursors: an opaque encoding of the sort key of the last row seen, so that a page
 * boundary stays put when rows are inserted before it (offsets would shift).
 */
export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | undefined | null): string | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(`${kind}:`)) throw validation(`"${cursor}" is not a cursor of this list`);
  return decoded.slice(kind.length + 1);
}

/** Page sizes every connection accepts. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** Refuses page sizes outside 0..PAGE_SIZE.max instead of silently shortening the page. */
export function checkPageSize(args: { first?: number | null; last?: number | null }): void {
  for (const [name, value] of Object.entries({ first: args.first, last: args.last })) {
    if (value !== undefined && value !== null && (value < 0 || value > PAGE_SIZE.max)) {
      throw validation(`${name} must be between 0 and ${PAGE_SIZE.max}, got ${value}`);
    }
  }
}
