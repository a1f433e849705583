/**
 * Extraction throughput on one core: abstracts per second over the shared listing repeated 50
 * times and over SciERC train+dev, with peak RSS and heap. Prints figures, asserts nothing.
 * Besides wall time it prints the rate per second of CPU time used by the process, which other
 * processes on a shared machine disturb less.
 *
 *   npm run bench:extract          (pin it to one core with `taskset -c 0 npm run bench:extract`)
 */
import { readFileSync } from 'node:fs';
import { extractCorpus } from '../src/extraction/extract-corpus.ts';
import { parseScierc } from '../src/extraction/scierc.ts';
import type { PaperText } from '../src/extraction/types.ts';
import { parseListing } from '../src/ingest/sources/listing.ts';

const REPEAT = 50;

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
};
const sampler = setInterval(sample, 20);

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function run(label: string, papers: PaperText[]): void {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  // Chunks of the corpus keep each alias-table pass realistic (ingest extracts per batch).
  const chunk = 500;
  for (let i = 0; i < papers.length; i += chunk) {
    extractCorpus(papers.slice(i, i + chunk));
    sample();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuStarted;
  const rate = (time: number) => (papers.length / time).toFixed(0);
  console.log(
    `${label.padEnd(36)} ${String(papers.length).padStart(6)} abstracts  ${seconds.toFixed(2)} s  ${rate(seconds)} abstracts/s  (cpu ${cpu.toFixed(2)} s, ${rate(cpu)}/s)`,
  );
}

const LISTING = '../shared/corpus/trending-papers-listing.txt';
const listing = parseListing(readFileSync(LISTING, 'utf8'), 'listing').papers.map((paper) => ({
  id: paper.origin,
  title: paper.title,
  abstract: paper.abstract,
}));
const scierc = ['train', 'dev'].flatMap((split) =>
  parseScierc(readFileSync(`../shared/corpus/scierc/${split}.json`, 'utf8')).map((d) => ({
    id: d.docKey,
    title: '',
    abstract: d.text,
  })),
);

// Warm-up: model load and JIT, excluded from the figures.
extractCorpus(listing);

run(`listing ×${REPEAT}`, Array.from({ length: REPEAT }, () => listing).flat());
run('SciERC train+dev', scierc);
clearInterval(sampler);
sample();
console.log(
  `peak rss ${(peakRss / 2 ** 20).toFixed(0)} MB, peak heapUsed ${(peakHeap / 2 ** 20).toFixed(0)} MB`,
);
