/**
 * Writes the synthetic corpus as JSON Lines for `kg ingest` and the ingest benchmark.
 *
 *   npm run bench:corpus -- --count 100000 --out .kg/bench/corpus-100k.jsonl [--seed 42]
 */
import { parseArgs } from 'node:util';
import { defaultCorpusFile, writeCorpus } from './corpus-file.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run bench:corpus -- --count N [--out FILE] [--seed N]');
  process.exit(2);
}
const file = values.out ?? defaultCorpusFile(count, seed);
const started = performance.now();
writeCorpus(file, count, seed);
console.error(
  `${count} papers (seed ${seed}) → ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
