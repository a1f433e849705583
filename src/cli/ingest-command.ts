import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openGraph } from '../graph/open-graph.ts';
import type { Graph } from '../graph/run.ts';
import { refreshSimilarityWeights } from '../graph/similarity-weights.ts';
import { fetchPapers } from '../ingest/fetch-papers.ts';
import { type IngestSummary, ingestPapers } from '../ingest/ingest-papers.ts';
import { readPaperFiles, SOURCE_FORMATS, type SourceFormat } from '../ingest/read-papers.ts';
import { createProgress } from './progress.ts';

interface IngestCliOptions {
  batchSize: number;
  format: SourceFormat | 'auto';
  allowRejects?: boolean;
  fromUrl?: string[];
}

export function summaryLine(summary: IngestSummary, rejected: number, seconds: number): string {
  return (
    `Ingested in ${seconds.toFixed(1)} s: ${summary.created} new, ${summary.updated} updated, ` +
    `${summary.unchanged} unchanged papers; ${summary.entityLinks} entity links, ${summary.codeLinks} code links, ` +
    `${summary.authorLinks} author links written; ${summary.removed} orphans removed; ${rejected} records rejected.`
  );
}

/**
 * Recomputes the similarity weights the ingest made stale, so that `similar` is fast at once
 * rather than after a running server's next check; says what it did.
 */
async function refreshWeights(graph: Graph): Promise<void> {
  const progress = createProgress('Similarity weights');
  const started = Date.now();
  try {
    const result = await refreshSimilarityWeights(graph, {
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    if (!result.refreshed) return;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `Similarity weights of ${result.papers} papers recomputed in ${seconds} s (${result.changed} changed)` +
        `${result.current ? '.' : '; another write came in meanwhile, so a running server recomputes them again.'}\n`,
    );
  } finally {
    progress.stop();
  }
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'read paper files, extract entities and links, and write them to Neo4j (idempotent)',
    )
    .argument(
      '[files...]',
      'paper files: listing, JSON Lines, Hugging Face daily papers JSON, arXiv Atom',
    )
    .option('--format <format>', `input format: auto, ${SOURCE_FORMATS.join(', ')}`, 'auto')
    .option(
      '--batch-size <n>',
      'papers per write transaction',
      (value) => Number.parseInt(value, 10),
      500,
    )
    .option(
      '--from-url <url...>',
      'also fetch and ingest these feeds (e.g. https://huggingface.co/api/daily_papers)',
    )
    .option('--allow-rejects', 'exit 0 even when some records were rejected')
    .action(async (files: string[], options: IngestCliOptions) => {
      const config = loadConfig();
      if (files.length === 0 && !options.fromUrl)
        throw new Error('Give files to ingest, or --from-url');
      const { papers, rejections } = readPaperFiles(files, options.format);
      for (const url of options.fromUrl ?? []) {
        const parsed = await fetchPapers(url, options.format);
        papers.push(...parsed.papers);
        rejections.push(...parsed.rejections);
      }
      const { graph, close } = await openGraph(config);
      const progress = createProgress('Writing');
      const started = Date.now();
      try {
        process.stderr.write(
          `Read ${papers.length} papers from ${files.length + (options.fromUrl?.length ?? 0)} source(s); extracting…\n`,
        );
        const summary = await ingestPapers(graph, papers, {
          batchSize: options.batchSize,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        await refreshWeights(graph);
        rejections.push(...summary.rejections);
        for (const rejection of rejections)
          process.stderr.write(`rejected ${rejection.origin}: ${rejection.reason}\n`);
        process.stderr.write(
          `${summaryLine(summary, rejections.length, (Date.now() - started) / 1000)}\n`,
        );
        if (rejections.length > 0 && !options.allowRejects) process.exitCode = 2;
      } finally {
        progress.stop();
        await close();
      }
    });
}
