import { mkdirSync } from 'node:fs';
import {
  type CsvSetFile,
  csvLinkFile,
  csvNodeFile,
  writeImportScript,
} from '../export/csv-writer.ts';
import type { ExportLink, ExportNode } from '../export/export-writer.ts';
import { LINK_SETS, type LinkSet, NODE_SETS, type NodeSet } from '../export/graph-layout.ts';
import type { ExportValue } from '../export/values.ts';
import { corpusExtractor, EXTRACTOR_VERSION } from '../extraction/extract-corpus.ts';
import { acceptPapers, EXTRACTION_CHUNK } from '../ingest/ingest-papers.ts';
import { type PaperRow, toPaperRow } from '../ingest/paper-rows.ts';
import type { RawPaper, Rejection } from '../ingest/raw-paper.ts';
import { GraphAggregates, paperProperties } from './graph-aggregates.ts';

export interface BulkCsvOptions {
  /** Analysed papers held at most, as for ingest. */
  extractionChunk?: number;
  /** The time written as every paper's ingestedAt and updatedAt (default: now). */
  now?: Date;
  arrayDelimiter?: string;
  /** Called every `progressEvery` papers and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export interface BulkCsvSummary {
  papers: number;
  rejections: Rejection[];
  /** Nodes per set and links per type, as written. */
  nodes: Record<string, number>;
  links: Record<string, number>;
  files: string[];
  /** Seconds spent extracting (both passes) and writing files. */
  timings: { extract: number; write: number };
}

const setNamed = <T extends { name: string }>(sets: readonly T[], name: string): T =>
  sets.find((set) => set.name === name) as T;

/** `props` without the nulls ingest leaves unset (Cypher's SET to null writes nothing). */
function present(props: Record<string, ExportValue | null>): Record<string, ExportValue> {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== null && value !== undefined),
  ) as Record<string, ExportValue>;
}

function* paperLinks(row: PaperRow): Generator<[string, ExportLink]> {
  const from = row.paper.id;
  for (const link of row.links) {
    yield ['paper-entity', { from, to: link.key, type: link.type, props: { ...link.props } }];
  }
  for (const { key, url, host, owner, name, ...props } of row.paper.repositories) {
    yield [
      'paper-repository',
      { from, to: key, type: 'HAS_CODE', props: { ...props, extractorVersion: EXTRACTOR_VERSION } },
    ];
  }
  for (const [position, author] of row.authors.entries()) {
    yield ['author-paper', { from: author.key, to: from, type: 'AUTHORED', props: { position } }];
  }
}

/**
 * Writes, for papers going into an EMPTY database, the CSV files `kg export --format csv` would
 * write after `ingestPapers` of the same papers: the same extraction (one corpus, so acronyms
 * resolve across papers), the same rows (paper-rows.ts), and what ingest's Cypher derives
 * (first naming of an entity wins, aliases gathered in paper order, paperCount per node).
 * Streams: paper nodes and every link go to their files as each paper is extracted; only the
 * entities, repositories and authors are held (as aggregates) and written at the end.
 */
export async function writeBulkCsv(
  papers: RawPaper[],
  dir: string,
  options: BulkCsvOptions = {},
): Promise<BulkCsvSummary> {
  mkdirSync(dir, { recursive: true });
  const delimiter = options.arrayDelimiter ?? ';';
  const stamp = (options.now ?? new Date()).toISOString();
  const { accepted, rejections } = acceptPapers(papers);
  const links: Record<string, number> = {};
  // The first pass (the corpus-wide alias table) runs here; the second, per paper, in the loop.
  let clock = performance.now();
  const extract = corpusExtractor(
    accepted.map(({ id, paper }) => ({ id, title: paper.title, abstract: paper.abstract })),
    options.extractionChunk ?? EXTRACTION_CHUNK,
  );
  const aliasSeconds = (performance.now() - clock) / 1000;
  let extractSeconds = 0;
  const started = performance.now();

  const paperFile = csvNodeFile(dir, setNamed(NODE_SETS, 'Paper'), delimiter);
  const linkFiles = new Map<string, CsvSetFile<ExportLink>>(
    LINK_SETS.map((set: LinkSet) => [set.name, csvLinkFile(dir, set, delimiter)]),
  );
  const aggregates = new GraphAggregates();
  const every = options.progressEvery ?? 1_000;
  const files: string[] = [];
  try {
    for (const [index, { id, paper }] of accepted.entries()) {
      clock = performance.now();
      const row = toPaperRow(id, paper, extract(index), EXTRACTOR_VERSION);
      extractSeconds += (performance.now() - clock) / 1000;
      aggregates.add(row);
      await paperFile.write({
        key: id,
        labels: ['Paper'],
        props: present(paperProperties(row, EXTRACTOR_VERSION, stamp)),
      });
      for (const [set, link] of paperLinks(row)) {
        links[link.type] = (links[link.type] ?? 0) + 1;
        await (linkFiles.get(set) as CsvSetFile<ExportLink>).write(link);
      }
      if ((index + 1) % every === 0) options.onProgress?.(index + 1, accepted.length);
    }
  } finally {
    files.push(...(await paperFile.close()));
    for (const file of linkFiles.values()) files.push(...(await file.close()));
  }
  const nodes: Record<string, number> = { Paper: accepted.length };
  for (const set of NODE_SETS.filter((set: NodeSet) => set.name !== 'Paper')) {
    const file = csvNodeFile(dir, set, delimiter);
    let count = 0;
    try {
      for (const node of aggregates.nodes(set.name) as Iterable<ExportNode>) {
        await file.write(node);
        count++;
      }
    } finally {
      files.push(...(await file.close()));
    }
    nodes[set.name] = count;
  }
  files.push(writeImportScript(dir, delimiter));
  if (accepted.length % every !== 0) options.onProgress?.(accepted.length, accepted.length);
  const total = (performance.now() - started) / 1000;
  return {
    papers: accepted.length,
    rejections,
    nodes,
    links,
    files,
    timings: { extract: aliasSeconds + extractSeconds, write: total - extractSeconds },
  };
}
