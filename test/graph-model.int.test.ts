import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../src/extraction/extract-corpus.ts';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import type { RawPaper } from '../src/ingest/raw-paper.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import { projectRoot } from '../src/project-paths.ts';
import { listingFile } from './support/corpus.ts';
import { graphChecksum } from './support/graph-checksum.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

const fixture = (name: string) => path.join(projectRoot, 'test/fixtures/sources', name);

describe('the graph model written by ingest', () => {
  let db: TestGraph;
  const listing = readPapers(listingFile).papers;
  beforeAll(async () => {
    db = await openTestGraph();
    await ingestPapers(db.graph, listing);
  });
  afterAll(async () => db.close());

  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(cypher, params)).records.map((record) => record.toObject());

  it('links the PVT paper to the method it proposes, with its acronym as an alias', async () => {
    const [row] = await rows(
      `MATCH (p:Paper)-[link:PROPOSES]->(e:Entity:Method {key: 'pyramid vision transformer'})
       RETURN p.title AS title, e.name AS name, e.aliases AS aliases, e.paperCount AS papers, link.confidence AS confidence`,
    );
    expect(row?.title).toMatch(/^Pyramid Vision Transformer/);
    expect(row?.name).toBe('Pyramid Vision Transformer');
    expect(row?.aliases).toContain('PVT');
    expect(row?.papers).toBe(1);
    expect(row?.confidence).toBeGreaterThan(0.5);
  });

  it('gives every surface form of sparse autoencoders one node shared by the papers that use them', async () => {
    const [row] = await rows(
      `MATCH (e:Entity {key: 'sparse autoencoder'})<-[:PROPOSES|USES|MENTIONS]-(p:Paper)
       RETURN e.aliases AS aliases, e.paperCount AS papers, count(p) AS linked`,
    );
    expect(row?.aliases).toEqual(expect.arrayContaining(['SAE', 'SAEs']));
    expect(row?.linked).toBeGreaterThanOrEqual(2);
    expect(row?.papers).toBe(row?.linked);
  });

  it('records provenance on every link: offsets that point at the text, confidence, extractor version', async () => {
    const links = await rows(
      `MATCH (p:Paper)-[link:PROPOSES|USES|MENTIONS|HAS_CODE]->(target)
       RETURN p.title AS title, p.abstract AS abstract, type(link) AS type, link.confidence AS confidence,
              link.extractorVersion AS version, link.mentionFields AS fields, link.mentionStarts AS starts,
              link.mentionEnds AS ends`,
    );
    expect(links.length).toBeGreaterThan(500);
    for (const link of links) {
      expect(link.version).toBe(EXTRACTOR_VERSION);
      expect(link.confidence).toBeGreaterThanOrEqual(0);
      expect(link.confidence).toBeLessThanOrEqual(1);
      const fields = link.fields as string[];
      expect(fields.length).toBeGreaterThan(0);
      fields.forEach((field, i) => {
        const text = (field === 'title' ? link.title : link.abstract) as string;
        const [start, end] = [
          (link.starts as number[])[i] as number,
          (link.ends as number[])[i] as number,
        ];
        expect(end).toBeGreaterThan(start);
        expect(text.slice(start, end).trim().length).toBeGreaterThan(0);
      });
    }
  });

  it('keeps every paperCount equal to the papers actually linked', async () => {
    const [row] = await rows(
      `MATCH (n) WHERE n:Entity OR n:Repository OR n:Author
       WITH n, COUNT { (n)--(:Paper) } AS actual
       RETURN count(n) AS nodes, count(CASE WHEN n.paperCount <> actual OR actual = 0 THEN 1 END) AS wrong`,
    );
    expect(row?.nodes).toBeGreaterThan(100);
    expect(row?.wrong).toBe(0);
  });

  it('leaves the graph identical, property for property, when the same input is ingested again', async () => {
    const before = await graphChecksum(db.driver, db.connection.database);
    const summary = await ingestPapers(db.graph, listing);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 63 });
    expect(await graphChecksum(db.driver, db.connection.database)).toEqual(before);
  });

  it('replaces the links of a changed paper and removes entities no paper names any more', async () => {
    const paper: RawPaper = {
      title: 'Zorblax Networks for Quibble Detection',
      abstract:
        'We propose Zorblax Networks (ZBN), a method for quibble detection on the Flumox dataset.',
      origin: 'test:1',
      source: 'jsonl',
    };
    await ingestPapers(db.graph, [paper]);
    const [created] = await rows(
      "MATCH (e:Entity) WHERE e.key CONTAINS 'zorblax' RETURN count(e) AS n",
    );
    expect(created?.n).toBe(1);
    const summary = await ingestPapers(db.graph, [
      { ...paper, abstract: 'We study quibble detection with plain transformers.' },
    ]);
    expect(summary.updated).toBe(1);
    expect(summary.removed).toBeGreaterThan(0);
    const [gone] = await rows(
      "MATCH (e:Entity) WHERE e.key CONTAINS 'zorblax' RETURN count(e) AS n",
    );
    expect(gone?.n).toBe(0);
    const [stale] = await rows(
      'MATCH (n) WHERE (n:Entity OR n:Repository OR n:Author) AND NOT (n)--(:Paper) RETURN count(n) AS n',
    );
    expect(stale?.n).toBe(0);
  });

  it('stores authors in order, arXiv ids, dates and stated repositories from a JSON Lines feed', async () => {
    const { papers } = readPapers(fixture('papers.jsonl'));
    await ingestPapers(db.graph, papers);
    const [pvt] = await rows(
      `MATCH (p:Paper {id: 'arxiv:2102.12122'})
       OPTIONAL MATCH (a:Author)-[w:AUTHORED]->(p)
       WITH p, a, w ORDER BY w.position
       RETURN p.arxivId AS arxivId, p.published AS published, collect(a.name) AS authors`,
    );
    expect(pvt?.arxivId).toBe('2102.12122');
    expect(pvt?.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect((pvt?.authors as string[] | undefined)?.[0]).toBe(
      papers.find((p) => p.id === '2102.12122')?.authors?.[0],
    );
  });
});
