import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../project-paths.ts';

export const migrationsDir = path.join(projectRoot, 'cypher', 'migrations');

export interface Migration {
  version: number;
  description: string;
  file: string;
  checksum: string;
  statements: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const FILE_NAME = /^V(\d+)__(.+)\.cypher$/;

/** Splits a file into statements at `;` ending a line; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function readMigrations(dir: string = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match)
        throw new MigrationError(
          `${file}: migration files are named V<number>__<Description>.cypher`,
        );
      const text = readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      return {
        version: Number(match[1]),
        description: (match[2] as string).replace(/_/g, ' '),
        file,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    })
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]?.version === migrations[i - 1]?.version) {
      throw new MigrationError(`Two migrations share version ${migrations[i]?.version}`);
    }
  }
  return migrations;
}

interface AppliedMigration {
  version: number;
  checksum: string;
  file: string;
}

/**
 * Applies the migrations the database has not recorded yet, in order, each in one transaction,
 * and records each with its checksum. An applied file whose checksum changed is refused: a
 * schema fix is a new migration, never an edit of an old one.
 */
export async function migrate(
  driver: Driver,
  database: string,
  migrations = readMigrations(),
): Promise<Migration[]> {
  await driver.executeQuery(
    'CREATE CONSTRAINT kg_migration_version IF NOT EXISTS FOR (m:__KgMigration) REQUIRE m.version IS UNIQUE',
    {},
    { database },
  );
  const { records } = await driver.executeQuery(
    'MATCH (m:__KgMigration) RETURN m.version AS version, m.checksum AS checksum, m.file AS file',
    {},
    { database },
  );
  const applied = new Map(
    records.map((record) => [
      record.get('version') as number,
      record.toObject() as AppliedMigration,
    ]),
  );
  const pending: Migration[] = [];
  for (const migration of migrations) {
    const done = applied.get(migration.version);
    if (!done) {
      pending.push(migration);
    } else if (done.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.file} was edited after it was applied to database "${database}" ` +
          `(recorded checksum ${done.checksum.slice(0, 12)}, file now ${migration.checksum.slice(0, 12)}). ` +
          'Applied migrations are never edited: restore the file and put the change in a new migration.',
      );
    }
  }
  for (const migration of pending) {
    const session = driver.session({ database });
    try {
      // Schema commands and data writes cannot share a transaction: the schema first, then the record.
      await session.executeWrite(async (tx) => {
        for (const statement of migration.statements) await tx.run(statement);
      });
      await session.executeWrite((tx) =>
        tx.run(
          'MERGE (m:__KgMigration {version: $version}) SET m.file = $file, m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()',
          {
            version: migration.version,
            file: migration.file,
            description: migration.description,
            checksum: migration.checksum,
          },
        ),
      );
    } catch (error) {
      throw new MigrationError(`Migration ${migration.file} failed: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      await session.close();
    }
  }
  return pending;
}
