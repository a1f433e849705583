import type { Graph } from '../graph/run.ts';
import { linksOf } from './code-links.ts';
import { contentHash, paperId } from './paper-id.ts';
import type { RawPaper, Rejection } from './raw-paper.ts';

/** Bumped whenever what ingest derives from a paper's text changes. */
export const LINK_EXTRACTOR_VERSION = 'links-1';

export interface IngestOptions {
  batchSize?: number;
  /** Called after each batch is committed with the number of papers done so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  codeLinks: number;
  rejections: Rejection[];
}

function rejectionReason(paper: RawPaper): string | undefined {
  if (paper.title.trim() === '') return 'the title is empty';
  if (paper.abstract.trim() === '') return 'the abstract is empty';
  return undefined;
}

/** The rows `paper/upsert-papers` takes, one per valid paper; invalid or repeated ones are rejected. */
export function toPaperRows(papers: RawPaper[]) {
  const rows = [];
  const rejections: Rejection[] = [];
  const seen = new Map<string, string>();
  for (const paper of papers) {
    const reason = rejectionReason(paper);
    if (reason) {
      rejections.push({ origin: paper.origin, reason });
      continue;
    }
    const id = paperId({ arxivId: paper.id, title: paper.title });
    const firstSeen = seen.get(id);
    if (firstSeen) {
      rejections.push({ origin: paper.origin, reason: `same paper (${id}) as ${firstSeen}` });
      continue;
    }
    seen.set(id, paper.origin);
    const links = linksOf(paper);
    rows.push({
      id,
      title: paper.title.trim(),
      abstract: paper.abstract.trim(),
      source: paper.source,
      contentHash: contentHash(paper),
      homepages: links.homepages,
      repositories: links.repositories,
    });
  }
  return { rows, rejections };
}

/**
 * Writes papers in batches, one write transaction per batch: a batch is written whole or not at
 * all, so a failure never leaves a half-written paper, and re-running completes the work.
 */
export async function ingestPapers(
  graph: Graph,
  papers: RawPaper[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 500;
  const { rows, rejections } = toPaperRows(papers);
  const summary: IngestSummary = { created: 0, updated: 0, unchanged: 0, codeLinks: 0, rejections };
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const [counts] = await graph.write('paper/upsert-papers', {
      papers: batch,
      extractorVersion: LINK_EXTRACTOR_VERSION,
    });
    summary.created += Number(counts?.created ?? 0);
    summary.updated += Number(counts?.updated ?? 0);
    summary.unchanged += Number(counts?.unchanged ?? 0);
    summary.codeLinks += batch.reduce((sum, row) => sum + row.repositories.length, 0);
    options.onProgress?.(Math.min(start + batchSize, rows.length), rows.length);
  }
  return summary;
}
