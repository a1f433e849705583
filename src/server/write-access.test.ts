import { describe, expect, it } from 'vitest';
import { hasWriteAccess } from './write-access.ts';

const request = (authorization?: string) =>
  new Request('http://test/graphql', { headers: authorization ? { authorization } : {} });

describe('hasWriteAccess', () => {
  const token = 'a-long-and-secret-write-token';

  it('accepts the configured bearer token', () => {
    expect(hasWriteAccess(request(`Bearer ${token}`), token)).toBe(true);
    expect(hasWriteAccess(request(`bearer   ${token}`), token)).toBe(true);
  });

  it('refuses a missing, wrong, truncated or differently-schemed credential', () => {
    expect(hasWriteAccess(request(), token)).toBe(false);
    expect(hasWriteAccess(request('Bearer wrong'), token)).toBe(false);
    expect(hasWriteAccess(request(`Bearer ${token.slice(0, -1)}`), token)).toBe(false);
    expect(hasWriteAccess(request(`Basic ${token}`), token)).toBe(false);
  });

  it('refuses everyone when no token is configured', () => {
    expect(hasWriteAccess(request('Bearer '), undefined)).toBe(false);
    expect(hasWriteAccess(request('Bearer anything'), '')).toBe(false);
  });
});
