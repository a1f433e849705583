import { inject } from 'vitest';
import { QueryRegistry } from '../../src/graph/cypher.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { migrate } from '../../src/graph/migrate.ts';
import { Graph } from '../../src/graph/run.ts';
import { ingestPapers } from '../../src/ingest/ingest-papers.ts';
import { readPapers } from '../../src/ingest/read-papers.ts';
import { listingFile } from './corpus.ts';

/** A migrated, empty graph on the suite's Neo4j, with a log of every statement sent. */
export async function openTestGraph() {
  const connection = inject('neo4j');
  const driver = createDriver(connection);
  const queryLog: string[] = [];
  await driver.executeQuery(
    'MATCH (n) WHERE NOT n:__KgMigration DETACH DELETE n',
    {},
    { database: connection.database },
  );
  await migrate(driver, connection.database);
  const graph = new Graph(driver, new QueryRegistry(), {
    database: connection.database,
    onQuery: (name) => queryLog.push(name),
  });
  const count = async (cypher: string): Promise<number> => {
    const { records } = await driver.executeQuery(cypher, {}, { database: connection.database });
    return Number(records[0]?.get(0) ?? 0);
  };
  return { graph, driver, connection, queryLog, count, close: () => driver.close() };
}

export type TestGraph = Awaited<ReturnType<typeof openTestGraph>>;

/** A migrated graph holding exactly the shared listing's 63 papers: what most API tests query. */
export async function openListingGraph(): Promise<TestGraph> {
  const db = await openTestGraph();
  await ingestPapers(db.graph, readPapers(listingFile).papers);
  return db;
}
