import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import { listingFile } from './support/corpus.ts';
import { graphChecksum } from './support/graph-checksum.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

describe('ingest in extraction chunks (bounded memory for large inputs)', () => {
  let db: TestGraph;
  beforeAll(async () => {
    db = await openTestGraph();
  });
  afterAll(async () => db.close());

  it('writes the same graph as one chunk, acronyms defined in other chunks included', async () => {
    const { papers } = readPapers(listingFile);
    const progress: number[] = [];
    await ingestPapers(db.graph, papers, {
      batchSize: 4,
      extractionChunk: 10,
      onProgress: (done) => progress.push(done),
    });
    const chunked = await graphChecksum(db.driver, db.connection.database);
    expect(progress[progress.length - 1]).toBe(63);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    await db.driver.executeQuery('MATCH (n) WHERE NOT n:__KgMigration DETACH DELETE n');
    await ingestPapers(db.graph, papers);
    expect(await graphChecksum(db.driver, db.connection.database)).toEqual(chunked);
  });
});
