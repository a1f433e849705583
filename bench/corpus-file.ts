import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { kgHome } from '../src/project-paths.ts';
import { generatePapers, toJsonlLine } from './synthetic-corpus.ts';

/** Where benchmarks keep generated corpora: under `.kg/`, which git ignores. */
export function defaultCorpusFile(count: number, seed = 42): string {
  const size = count % 1000 === 0 ? `${count / 1000}k` : String(count);
  return path.join(kgHome(), 'bench', `corpus-${size}${seed === 42 ? '' : `-seed${seed}`}.jsonl`);
}

/** Writes the synthetic corpus as JSON Lines, one paper per line, `\n` after each. */
export function writeCorpus(file: string, count: number, seed = 42): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const papers = generatePapers(count, seed);
  const fd = openSync(file, 'w');
  try {
    // In chunks: one string for 100k papers would be ~150 MB.
    for (let start = 0; start < papers.length; start += 1000) {
      const lines = papers.slice(start, start + 1000).map(toJsonlLine);
      writeSync(fd, `${lines.join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
}

/** The corpus file for `count` papers, generated first when it does not exist yet. */
export function ensureCorpus(
  count: number,
  seed = 42,
  file = defaultCorpusFile(count, seed),
): string {
  if (!existsSync(file)) writeCorpus(file, count, seed);
  return file;
}
