import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvImportArguments } from '../src/export/csv-writer.ts';
import { exportGraph } from '../src/export/export-graph.ts';
import { QueryRegistry } from '../src/graph/cypher.ts';
import { createDriver } from '../src/graph/driver.ts';
import { Graph } from '../src/graph/run.ts';
import { similarityWeightsState } from '../src/graph/similarity-weights.ts';
import { stats } from '../src/graph/stats-store.ts';
import { importCsv } from '../src/neo4j-local/admin-import.ts';
import type { LocalServer } from '../src/neo4j-local/local-server.ts';
import { kgHome, projectRoot } from '../src/project-paths.ts';
import { startFaultNeo4j } from './support/fault-neo4j.ts';
import { createTestClient } from './support/graphql-client.ts';
import { jsonExportLines } from './support/json-export.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

// The test-neo4j- prefix lets the suite's set-up remove the folder if this run is killed.
const home = path.join(kgHome(), `test-neo4j-import-${process.pid}`);

describe('kg export --format csv, loaded by neo4j-admin database import into a fresh Neo4j', () => {
  let source: TestGraph;
  let server: LocalServer | undefined;
  let imported: TestGraph;
  const csvDir = mkdtempSync(path.join(tmpdir(), 'kg-csv-roundtrip-'));

  beforeAll(async () => {
    source = await openListingGraph();
    // The listing names no authors: three, on three papers each, so that AUTHORED links, paged
    // from the papers' side with 7 papers a page, make the round trip too.
    await source.driver.executeQuery(
      `MATCH (p:Paper) WITH p ORDER BY p.id LIMIT 9
       WITH collect(p) AS papers
       UNWIND range(0, 8) AS i
       WITH papers[i] AS p, i
       MERGE (a:Author {key: 'test author ' + (i % 3)})
         ON CREATE SET a.name = 'Test Author ' + (i % 3), a.paperCount = 3
       CREATE (a)-[:AUTHORED {position: i / 3}]->(p)`,
    );
    await exportGraph(source.graph, { format: 'csv', dir: csvDir, pageSize: 7 });
    rmSync(home, { recursive: true, force: true });
    await importCsv({
      home,
      cacheDir: path.join(kgHome(), 'cache'),
      dir: csvDir,
      arguments: csvImportArguments(),
    });
    server = await startFaultNeo4j(home);
    // What import.sh tells a user to run after the start.
    const finish = spawnSync(process.execPath, ['bin/kg.js', 'finish-import'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: server.uri,
        NEO4J_USERNAME: server.username,
        NEO4J_PASSWORD: server.password,
        NEO4J_DATABASE: server.database,
      },
    });
    expect(finish.stderr).toMatch(/given their empty lists back/);
    expect(finish.stderr).toMatch(/similarity weights computed in/);
    expect(finish.status).toBe(0);
    const driver = createDriver(server);
    const graph = new Graph(driver, new QueryRegistry(), { database: server.database });
    const count = async (cypher: string) =>
      Number(
        (await driver.executeQuery(cypher, {}, { database: server?.database })).records[0]?.get(0),
      );
    imported = {
      graph,
      driver,
      connection: server,
      queryLog: [],
      count,
      close: () => driver.close(),
    };
  });
  afterAll(async () => {
    await imported?.close();
    await source?.close();
    await server?.stop({ kill: true });
    rmSync(home, { recursive: true, force: true });
    rmSync(csvDir, { recursive: true, force: true });
  });

  it('holds as many nodes per label and links per type as the graph it came from', async () => {
    const counted = await stats(imported.graph);
    expect(counted).toEqual(await stats(source.graph));
    expect(counted.labels.find((l) => l.label === 'Paper')?.count).toBe(63);
    expect(counted.relationships.find((r) => r.type === 'AUTHORED')?.count).toBe(9);
  });

  it('exports to the same JSON, property by property, timestamps and empty lists included', async () => {
    const before = await jsonExportLines(source.graph);
    const after = await jsonExportLines(imported.graph);
    expect(after.length).toBe(before.length);
    expect(after).toEqual(before);
  });

  it('stores typed values, not text: numbers, lists and datetimes survive as such', async () => {
    const [row] = (
      await imported.driver.executeQuery(
        `MATCH (p:Paper)-[m:PROPOSES]->(e:Entity)
         WHERE size(e.aliases) > 0 AND size(p.homepages) = 0
         RETURN valueType(p.ingestedAt) AS at, valueType(m.confidence) AS confidence,
                valueType(m.mentionStarts) AS starts, valueType(e.paperCount) AS count,
                valueType(e.aliases) AS aliases, valueType(p.homepages) AS homepages
         LIMIT 1`,
        {},
        { database: imported.connection.database },
      )
    ).records;
    expect(row?.toObject()).toEqual({
      at: 'ZONED DATETIME NOT NULL',
      confidence: 'FLOAT NOT NULL',
      starts: 'LIST<INTEGER NOT NULL> NOT NULL',
      count: 'INTEGER NOT NULL',
      aliases: 'LIST<STRING NOT NULL> NOT NULL',
      // neo4j-admin cannot write an empty list; openImportedGraph sets it back.
      homepages: 'LIST<NOTHING> NOT NULL',
    });
  });

  it('has similarity weights `similar` can use at once, which the export left out', async () => {
    expect(await similarityWeightsState(imported.graph)).toMatchObject({ current: true });
    expect(await imported.count('MATCH (p:Paper) WHERE p.idfTerms IS NULL RETURN count(p)')).toBe(
      0,
    );
  });

  it('answers the API on the imported graph, its migrations applied', async () => {
    const { query, maskedErrors } = createTestClient(imported);
    const result = await query<{ entity: { name: string; repositories: { url: string }[] } }>(
      '{ entity(name: "PVT") { name ... on Method { repositories { url } } } }',
    );
    expect(result.errors, String(maskedErrors)).toBeUndefined();
    expect(result.data?.entity).toEqual({
      name: 'Pyramid Vision Transformer',
      repositories: [{ url: 'https://github.com/whai362/PVT' }],
    });
  });
});
