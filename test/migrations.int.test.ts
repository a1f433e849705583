import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationsDir, readMigrations } from '../src/graph/migrate.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

describe('schema migrations', () => {
  let db: TestGraph;
  beforeAll(async () => {
    db = await openTestGraph();
  });
  afterAll(async () => db.close());

  it('records every migration with its checksum and applies nothing the second time', async () => {
    const applied = await migrate(db.driver, db.connection.database);
    expect(applied).toEqual([]);
    const { records } = await db.driver.executeQuery(
      'MATCH (m:__KgMigration) RETURN m.file AS file, m.checksum AS checksum ORDER BY m.version',
    );
    expect(records.map((r) => [r.get('file'), r.get('checksum')])).toEqual(
      readMigrations().map((m) => [m.file, m.checksum]),
    );
  });

  it('creates the constraints and the full-text index the slice relies on', async () => {
    const { records } = await db.driver.executeQuery(
      'SHOW INDEXES YIELD name RETURN collect(name) AS names',
    );
    expect(records[0]?.get('names')).toEqual(
      expect.arrayContaining(['paper_id', 'repository_key', 'paper_text']),
    );
  });

  it('refuses to run when an applied migration file was edited', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-migrations-'));
    cpSync(migrationsDir, dir, { recursive: true });
    const first = readdirSync(dir).sort()[0] as string;
    writeFileSync(
      path.join(dir, first),
      '// edited\nCREATE INDEX edited IF NOT EXISTS FOR (p:Paper) ON (p.title);\n',
    );
    await expect(migrate(db.driver, db.connection.database, readMigrations(dir))).rejects.toThrow(
      new RegExp(`Migration ${first} was edited after it was applied`),
    );
  });

  it('applies a new migration once, then records it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-migrations-'));
    cpSync(migrationsDir, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'V9999__Test_index.cypher'),
      'CREATE INDEX kg_test_index IF NOT EXISTS FOR (p:Paper) ON (p.source);\n',
    );
    try {
      const applied = await migrate(db.driver, db.connection.database, readMigrations(dir));
      expect(applied.map((m) => m.file)).toEqual(['V9999__Test_index.cypher']);
      expect(await migrate(db.driver, db.connection.database, readMigrations(dir))).toEqual([]);
    } finally {
      await db.driver.executeQuery('DROP INDEX kg_test_index IF EXISTS');
      await db.driver.executeQuery('MATCH (m:__KgMigration {version: 9999}) DELETE m');
    }
  });
});
