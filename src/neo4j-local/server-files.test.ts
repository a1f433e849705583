import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateCredentials, serverPaths } from './server-files.ts';

describe('loadOrCreateCredentials', () => {
  it('never makes a password the admin tool would read as an option, and keeps it across calls', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kg-credentials-'));
    try {
      for (let i = 0; i < 300; i++) {
        const paths = serverPaths(path.join(root, String(i)));
        const created = loadOrCreateCredentials(paths);
        expect(created.isNew).toBe(true);
        expect(created.password).toMatch(/^[A-Za-z][A-Za-z0-9_-]{20,}$/);
        expect(loadOrCreateCredentials(paths)).toMatchObject({
          password: created.password,
          isNew: false,
        });
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
