/**
 * Prints precision, recall and F1 of the extractor on SciERC dev (entity spans, untyped and
 * typed) and on the hand-annotated shared listing (proposed names, code repositories).
 *
 *   npm run eval:extract            (add --misses to list the listing's errors)
 */
import { readFileSync } from 'node:fs';
import { extractCorpus } from '../src/extraction/extract-corpus.ts';
import { parseScierc } from '../src/extraction/scierc.ts';
import { parseListing } from '../src/ingest/sources/listing.ts';
import { evaluateListing, type GoldPaper } from './eval/listing-gold.ts';
import { evaluateSpans } from './eval/scierc-spans.ts';
import { header, row } from './eval/scores.ts';

const dev = parseScierc(readFileSync('../shared/corpus/scierc/dev.json', 'utf8'));
const spans = evaluateSpans(dev);

const LISTING = '../shared/corpus/trending-papers-listing.txt';
// Papers are matched to the gold file by title; the origin (file:line) serves as the id.
const papers = parseListing(readFileSync(LISTING, 'utf8'), 'listing').papers.map((paper) => ({
  id: paper.origin,
  title: paper.title,
  abstract: paper.abstract,
}));
const gold = (
  JSON.parse(readFileSync('test/fixtures/listing-gold.json', 'utf8')) as { papers: GoldPaper[] }
).papers;
const listing = evaluateListing(gold, extractCorpus(papers));

console.log(header());
console.log(row('SciERC dev, entity spans, untyped', spans.untyped));
console.log(row('SciERC dev, entity spans, typed', spans.typed));
console.log(row('listing, proposed methods (by key)', listing.proposed));
console.log(row('listing, code repositories (by URL)', listing.repositories));
if (process.argv.includes('--misses')) for (const miss of listing.misses) console.log(miss);
