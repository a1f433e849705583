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
