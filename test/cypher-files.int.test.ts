import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combineStatements } from '../src/graph/combined-statement.ts';
import { compactStatement, loadQueryFiles } from '../src/graph/cypher.ts';
import { projectRoot } from '../src/project-paths.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

const queries = loadQueryFiles();

/** Every `'entity/find-by-keys'`-shaped string handed to the gateway anywhere in src/. */
function namesUsedInSource(): Set<string> {
  const used = new Set<string>();
  const files = readdirSync(path.join(projectRoot, 'src'), { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'),
    )
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /\b(?:read|write|step)\(\s*'([a-z-]+\/[a-z-]+)'/g,
    )) {
      used.add(match[1] as string);
    }
  }
  return used;
}

describe('cypher/queries', () => {
  let db: TestGraph;
  beforeAll(async () => {
    db = await openTestGraph();
  });
  afterAll(async () => db.close());

  it('has a file for every query the code runs, and every file is run somewhere', () => {
    const used = namesUsedInSource();
    expect([...used].filter((name) => !queries.has(name))).toEqual([]);
    expect([...queries.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it('documents what each statement returns and takes', () => {
    for (const [name, text] of queries) {
      const header = text
        .split('\n')
        .filter((line) => line.startsWith('//'))
        .join('\n');
      expect(header, name).toMatch(/Returns/);
      for (const param of new Set(text.replace(/^\/\/.*$/gm, '').match(/\$[a-zA-Z]+/g) ?? [])) {
        expect(header, `${name} does not document ${param}`).toContain(param);
      }
    }
  });

  it.each([...queries.keys()])('%s compiles against the real schema (EXPLAIN)', async (name) => {
    // As the registry sends it.
    const text = compactStatement(queries.get(name) as string);
    await expect(
      db.driver.executeQuery(`EXPLAIN ${text}`, {}, { database: db.connection.database }),
    ).resolves.toBeDefined();
  });

  // A request's reads of one turn go to Neo4j as one combined statement (src/graph/read-batch.ts),
  // so every statement must still compile as a subquery next to another one. Administration
  // commands (SHOW …) cannot be subqueries; the one there is is read by kg finish-import through
  // the Graph itself, never through a request's batch.
  const combinable = [...queries.keys()].filter(
    (name) => !/^SHOW\b/m.test((queries.get(name) as string).replace(/^\/\/.*$/gm, '').trim()),
  );
  it('leaves out of the combined check only administration commands', () => {
    expect([...queries.keys()].filter((name) => !combinable.includes(name))).toEqual([
      'import/index-population',
    ]);
  });
  it.each(combinable)('%s compiles combined with another statement', async (name) => {
    const database = { database: db.connection.database };
    const explain = (text: string) => db.driver.executeQuery(`EXPLAIN ${text}`, {}, database);
    const parts = await Promise.all(
      [name, 'paper/find-by-ids'].map(async (part) => {
        const text = compactStatement(queries.get(part) as string);
        return { text, columns: (await explain(text)).keys as string[], params: {} };
      }),
    );
    const combined = combineStatements(parts);
    await expect(explain(combined.text)).resolves.toBeDefined();
  });
});
