import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPapers } from '../src/ingest/ingest-papers.ts';
import { readPapers } from '../src/ingest/read-papers.ts';
import { listingFile } from './support/corpus.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

// Every code link in the shared listing, normalised. The issue counted 12: the twelve https links.
// The thirteenth is written without a scheme ("www.github.com/marccoru/locationencoder") and is a
// code repository all the same; the project page odin-seg.github.io is not one.
const EXPECTED_REPOSITORIES = [
  'https://github.com/Dawn-LX/CausalCache-VDM',
  'https://github.com/DeepGraphLearning/RecommenderSystems',
  'https://github.com/Tangshitao/NeuMap',
  'https://github.com/TerryPei/EfficientVMamba',
  'https://github.com/X-PLUG/mPLUG-DocOwl',
  'https://github.com/gidariss/FeatureLearningRotNet',
  'https://github.com/jacobdunefsky/transcoder_circuits',
  'https://github.com/landskape-ai/Reprogram_LT',
  'https://github.com/marccoru/locationencoder',
  'https://github.com/miccunifi/iamcl2r',
  'https://github.com/wangkiw/TEEN',
  'https://github.com/whai362/PVT',
  'https://github.com/xuangu-fang/Functional-Bayesian-Tucker-Decomposition',
];

describe('ingesting the shared listing', () => {
  let db: TestGraph;
  beforeAll(async () => {
    db = await openTestGraph();
  });
  afterAll(async () => db.close());

  const graphCounts = async () => ({
    nodes: await db.count('MATCH (n) WHERE NOT n:__KgMigration RETURN count(n)'),
    relationships: await db.count('MATCH ()-[r]->() RETURN count(r)'),
  });

  it('writes 63 papers and exactly the normalised code repositories', async () => {
    const { papers, rejections } = readPapers(listingFile);
    expect(rejections).toEqual([]);
    const summary = await ingestPapers(db.graph, papers, { batchSize: 20 });
    expect(summary).toMatchObject({ created: 63, updated: 0, unchanged: 0, rejections: [] });
    expect(await db.count('MATCH (p:Paper) RETURN count(p)')).toBe(63);
    const { records } = await db.driver.executeQuery('MATCH (r:Repository) RETURN r.url AS url');
    expect(records.map((record) => record.get('url')).sort()).toEqual(
      [...EXPECTED_REPOSITORIES].sort(),
    );
    expect(await db.count('MATCH (:Paper)-[:HAS_CODE]->(:Repository) RETURN count(*)')).toBe(13);
  });

  it('keeps a sub-folder link as a path on the link and a project page off the repositories', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (p:Paper)-[code:HAS_CODE]->(:Repository {url: 'https://github.com/X-PLUG/mPLUG-DocOwl'})
       RETURN p.title AS title, code.paths AS paths`,
    );
    expect(records[0]?.get('title')).toMatch(/^TinyChart/);
    expect(records[0]?.get('paths')).toEqual(['TinyChart']);
    expect(
      await db.count(
        "MATCH (p:Paper) WHERE 'https://odin-seg.github.io' IN p.homepages RETURN count(p)",
      ),
    ).toBe(1);
    expect(
      await db.count("MATCH (r:Repository) WHERE r.url CONTAINS 'github.io' RETURN count(r)"),
    ).toBe(0);
  });

  it('changes nothing when the same listing is ingested again', async () => {
    const before = await graphCounts();
    const { papers } = readPapers(listingFile);
    const summary = await ingestPapers(db.graph, papers, { batchSize: 7 });
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 63 });
    expect(await graphCounts()).toEqual(before);
  });

  it('replaces the code links of a paper whose abstract changed', async () => {
    const { papers } = readPapers(listingFile);
    const pvt = papers.find((paper) => paper.abstract.includes('github.com/whai362/PVT'));
    expect(pvt).toBeDefined();
    const edited = {
      ...(pvt as (typeof papers)[number]),
      abstract: 'Code moved to https://gitlab.com/whai/pvt-2.',
    };
    const summary = await ingestPapers(db.graph, [edited]);
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const { records } = await db.driver.executeQuery(
      'MATCH (p:Paper {title: $title})-[:HAS_CODE]->(r) RETURN collect(r.url) AS urls',
      { title: edited.title },
    );
    expect(records[0]?.get('urls')).toEqual(['https://gitlab.com/whai/pvt-2']);
  });
});
