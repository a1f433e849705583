import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether a request may write: `Authorization: Bearer <token>` equal to the configured token.
 * Both sides are hashed first so the comparison takes the same time whatever the input's length,
 * and no token configured means nobody may write.
 */
export function hasWriteAccess(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}
