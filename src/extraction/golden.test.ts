/**
 * Golden files: the extraction of selected listing papers, compared as JSON with a readable
 * diff. A deliberate change to the output rewrites them with `UPDATE_GOLDEN=1 npx vitest run
 * src/extraction/golden.test.ts` and is reviewed in the same commit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paperId } from '../ingest/paper-id.ts';
import { parseListing } from '../ingest/sources/listing.ts';
import { EXTRACTOR_VERSION, extractCorpus } from './extract-corpus.ts';

const LISTING = new URL('../../../shared/corpus/trending-papers-listing.txt', import.meta.url);
const GOLDEN_DIR = new URL('../../test/fixtures/extraction-golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

// Papers chosen for their traps: acronym definitions in mixed case, a LaTeX tilde, hyphenated
// and digit-bearing names, names used in other papers, sub-folder and homepage links.
const SELECTED: Record<string, string> = {
  reagent: 'ReAGent: ',
  'a-sdm': 'A-SDM: ',
  'ca2-vdm': 'Ca2-VDM: ',
  tinychart: 'TinyChart: ',
  'pyramid-vision-transformer': 'Pyramid Vision Transformer: ',
  'moment-probing': 'Tuning Pre-trained Model via Moment Probing',
  teen: 'Few-Shot Class-Incremental Learning via Training-Free',
  odin: 'ODIN: ',
  'gradient-saes': 'Features that Make a Difference',
};

describe('golden extractions of listing papers', () => {
  // Ids as ingest gives them, so that a golden file shows what the graph stores.
  const papers = parseListing(readFileSync(LISTING, 'utf8'), 'listing').papers.map((paper) => ({
    id: paperId({ arxivId: paper.id, title: paper.title }),
    title: paper.title,
    abstract: paper.abstract,
  }));
  const extractions = extractCorpus(papers);
  if (UPDATE) mkdirSync(GOLDEN_DIR, { recursive: true });

  it.each(Object.entries(SELECTED))('%s matches its golden file', (name, titleStart) => {
    const extraction = extractions.find((e) => e.title.startsWith(titleStart));
    expect(extraction, `no listing paper titled "${titleStart}…"`).toBeDefined();
    const actual = { extractorVersion: EXTRACTOR_VERSION, extraction };
    const file = new URL(`${name}.json`, GOLDEN_DIR);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE)
        throw new Error(`missing golden file ${file.pathname}; run with UPDATE_GOLDEN=1`);
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
