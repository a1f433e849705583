import { describe, expect, it } from 'vitest';
import { readMigrations, splitStatements } from './migrate.ts';

describe('splitStatements', () => {
  it('splits at semicolons that end a line and drops comment lines', () => {
    const text =
      '// a comment; with a semicolon\nCREATE INDEX a IF NOT EXISTS\n  FOR (p:Paper) ON (p.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (p:Paper) ON (p.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS\n  FOR (p:Paper) ON (p.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (p:Paper) ON (p.y)',
    ]);
  });

  it('keeps a semicolon inside a string literal on the same line', () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('the committed migrations', () => {
  it('are numbered, ordered and idempotent (IF NOT EXISTS on every statement)', () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(
      [...migrations.map((m) => m.version)].sort((a, b) => a - b),
    );
    for (const statement of migrations.flatMap((m) => m.statements))
      expect(statement).toMatch(/IF NOT EXISTS/);
  });
});
