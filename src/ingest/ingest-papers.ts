import { corpusExtractor, EXTRACTOR_VERSION } from '../extraction/extract-corpus.ts';
import type { Graph } from '../graph/run.ts';
import { contentHash, paperId } from './paper-id.ts';
import { batchEntities, type PaperRow, toPaperRow } from './paper-rows.ts';
import type { RawPaper, Rejection } from './raw-paper.ts';

/** Analysed papers held at most; larger inputs are analysed twice to keep memory flat. */
export const EXTRACTION_CHUNK = 10_000;

export interface IngestOptions {
  batchSize?: number;
  /** Analysed papers held at most (default EXTRACTION_CHUNK); larger inputs are analysed twice. */
  extractionChunk?: number;
  /** Called after each batch is committed with the number of papers written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  entityLinks: number;
  codeLinks: number;
  authorLinks: number;
  /** Entities, repositories and authors removed because no paper links to them any more. */
  removed: number;
  rejections: Rejection[];
}

interface AcceptedPaper {
  id: string;
  paper: RawPaper;
  hash: string;
}

function rejectionReason(paper: RawPaper): string | undefined {
  if (paper.title.trim() === '') return 'the title is empty';
  if (paper.abstract.trim() === '') return 'the abstract is empty';
  return undefined;
}

/** Valid papers with their stable ids; empty or repeated records are rejected, naming where they are. */
export function acceptPapers(papers: RawPaper[]): {
  accepted: AcceptedPaper[];
  rejections: Rejection[];
} {
  const accepted: AcceptedPaper[] = [];
  const rejections: Rejection[] = [];
  const seen = new Map<string, string>();
  for (const raw of papers) {
    const reason = rejectionReason(raw);
    if (reason) {
      rejections.push({ origin: raw.origin, reason });
      continue;
    }
    const paper = { ...raw, title: raw.title.trim(), abstract: raw.abstract.trim() };
    const id = paperId({ arxivId: paper.id, title: paper.title });
    const firstSeen = seen.get(id);
    if (firstSeen) {
      rejections.push({ origin: paper.origin, reason: `same paper (${id}) as ${firstSeen}` });
      continue;
    }
    seen.set(id, paper.origin);
    accepted.push({ id, paper, hash: contentHash(paper) });
  }
  return { accepted, rejections };
}

const LOOKUP_CHUNK = 5_000;

/** Ids of papers already stored with the same content and extractor version: nothing to do for them. */
async function storedUnchanged(
  graph: Graph,
  papers: AcceptedPaper[],
): Promise<{ unchanged: Set<string>; known: Set<string> }> {
  const unchanged = new Set<string>();
  const known = new Set<string>();
  const hashById = new Map(papers.map((paper) => [paper.id, paper.hash]));
  for (let start = 0; start < papers.length; start += LOOKUP_CHUNK) {
    const ids = papers.slice(start, start + LOOKUP_CHUNK).map((paper) => paper.id);
    for (const row of await graph.read('paper/stored-versions', { ids })) {
      const id = row.id as string;
      known.add(id);
      if (row.contentHash === hashById.get(id) && row.extractorVersion === EXTRACTOR_VERSION)
        unchanged.add(id);
    }
  }
  return { unchanged, known };
}

/** Writes one batch in one transaction: the papers, their links, then the counts they change. */
async function writeBatch(graph: Graph, rows: PaperRow[]): Promise<number> {
  return graph.writeTransaction('ingest-batch', async (step) => {
    const [papers] = await step('paper/upsert-papers', {
      papers: rows.map((row) => row.paper),
      extractorVersion: EXTRACTOR_VERSION,
    });
    await step('entity/upsert-entities', { entities: batchEntities(rows) });
    const [entities] = await step('entity/replace-paper-entities', {
      papers: rows.map((row) => ({ id: row.paper.id, links: row.links })),
    });
    const [authors] = await step('author/replace-paper-authors', {
      papers: rows.map((row) => ({ id: row.paper.id, authors: row.authors })),
    });
    const [counts] = await step('graph/refresh-counts', {
      repositoryKeys: papers?.repositoryKeys ?? [],
      entityKeys: entities?.entityKeys ?? [],
      authorKeys: authors?.authorKeys ?? [],
    });
    return Number(counts?.removed ?? 0);
  });
}

/** Deletes a paper and, in the same transaction, whatever only it linked to. False when there was none. */
export async function deletePaper(graph: Graph, id: string): Promise<boolean> {
  return graph.writeTransaction('delete-paper', async (step) => {
    const [deleted] = await step('paper/delete-paper', { id });
    if (!deleted) return false;
    await step('graph/refresh-counts', {
      entityKeys: deleted.entityKeys,
      repositoryKeys: deleted.repositoryKeys,
      authorKeys: deleted.authorKeys,
    });
    return true;
  });
}

/** Papers extracted between two turns of the event loop, so that a write in flight moves on. */
const EXTRACTION_SLICE = 16;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The rows of `papers`, a batch at a time, extracted only when asked for and in slices, so that
 * the driver's replies for the batch being written are handled while the next one is extracted.
 */
async function* rowBatches(
  papers: AcceptedPaper[],
  batchSize: number,
  extractionChunk = EXTRACTION_CHUNK,
): AsyncGenerator<PaperRow[]> {
  const texts = papers.map(({ id, paper }) => ({
    id,
    title: paper.title,
    abstract: paper.abstract,
  }));
  // Only extractionChunk analysed papers are ever held, so memory does not grow with the input.
  const extract = corpusExtractor(texts, extractionChunk);
  for (let start = 0; start < papers.length; start += batchSize) {
    const rows: PaperRow[] = [];
    for (let index = start; index < Math.min(start + batchSize, papers.length); index++) {
      if ((index - start) % EXTRACTION_SLICE === 0) await nextTurn();
      const { id, paper } = papers[index] as AcceptedPaper;
      rows.push(toPaperRow(id, paper, extract(index), EXTRACTOR_VERSION));
    }
    yield rows;
  }
}

/** Lets `work` run on; its failure is kept for the returned function to throw, not left unhandled. */
function settleLater(work: Promise<void>): () => Promise<void> {
  const outcome = work.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  return async () => {
    const failed = await outcome;
    if (failed) throw failed.error;
  };
}

/**
 * Extracts and writes papers in batches, one write transaction per batch, so a failure never
 * leaves a half-written paper and re-running the same input completes the work. Papers whose
 * content and extractor version are unchanged are skipped: a second run writes nothing.
 */
export async function ingestPapers(
  graph: Graph,
  papers: RawPaper[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 500;
  const { accepted, rejections } = acceptPapers(papers);
  const { unchanged, known } = await storedUnchanged(graph, accepted);
  const changed = accepted.filter((paper) => !unchanged.has(paper.id));
  const summary: IngestSummary = {
    created: changed.filter((paper) => !known.has(paper.id)).length,
    updated: changed.filter((paper) => known.has(paper.id)).length,
    unchanged: unchanged.size,
    entityLinks: 0,
    codeLinks: 0,
    authorLinks: 0,
    removed: 0,
    rejections,
  };
  // While one batch is written (Neo4j's work), the next is extracted (Node's): at most one write
  // is in flight, so batches still commit one at a time and in order.
  let settleWrite = async () => {};
  let written = 0;
  for await (const rows of rowBatches(changed, batchSize, options.extractionChunk)) {
    for (const row of rows) {
      summary.entityLinks += row.links.length;
      summary.codeLinks += row.paper.repositories.length;
      summary.authorLinks += row.authors.length;
    }
    await settleWrite();
    settleWrite = settleLater(
      writeBatch(graph, rows).then((removed) => {
        summary.removed += removed;
        written += rows.length;
        options.onProgress?.(written, changed.length);
      }),
    );
  }
  await settleWrite();
  return summary;
}
