import { closeSync, createReadStream, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { RawPaper } from '../src/ingest/raw-paper.ts';
import { parsePapers } from '../src/ingest/read-papers.ts';
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

/**
 * Papers per slice of a corpus file. A million-paper file (about 1.6 GB) is past V8's largest
 * string, so it is read in slices of this many lines (a record's `origin` then numbers its line
 * within the slice; only error messages show it); ingest takes one slice per `ingestPapers`
 * call, as its extraction of the whole file would be past the heap.
 */
const CHUNK_PAPERS = 100_000;

export async function* corpusChunks(
  file: string,
  papersPerChunk = CHUNK_PAPERS,
): AsyncGenerator<RawPaper[]> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let chunk: string[] = [];
  const parse = () => parsePapers(chunk.join('\n'), path.basename(file), 'jsonl').papers;
  for await (const line of lines) {
    chunk.push(line);
    if (chunk.length < papersPerChunk) continue;
    yield parse();
    chunk = [];
  }
  if (chunk.length) yield parse();
}

/** Every paper of a corpus file in one array, read a slice at a time (see corpusChunks). */
export async function readCorpus(file: string): Promise<RawPaper[]> {
  const papers: RawPaper[] = [];
  for await (const chunk of corpusChunks(file)) for (const paper of chunk) papers.push(paper);
  return papers;
}
