import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openGraph } from '../graph/open-graph.ts';
import { ingestPapers } from '../ingest/ingest-papers.ts';
import type { RawPaper, Rejection } from '../ingest/raw-paper.ts';
import { readPapers } from '../ingest/read-papers.ts';
import { createProgress } from './progress.ts';

interface IngestCliOptions {
  batchSize: number;
  allowRejects?: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('read paper files, extract their links and write them to Neo4j (idempotent)')
    .argument('<files...>', 'paper listings to ingest')
    .option(
      '--batch-size <n>',
      'papers per write transaction',
      (value) => Number.parseInt(value, 10),
      500,
    )
    .option('--allow-rejects', 'exit 0 even when some records were rejected')
    .action(async (files: string[], options: IngestCliOptions) => {
      const config = loadConfig();
      const papers: RawPaper[] = [];
      const rejections: Rejection[] = [];
      for (const file of files) {
        const parsed = readPapers(file);
        papers.push(...parsed.papers);
        rejections.push(...parsed.rejections);
      }
      const { graph, close } = await openGraph(config);
      const progress = createProgress('Ingesting');
      const started = Date.now();
      try {
        const summary = await ingestPapers(graph, papers, {
          batchSize: options.batchSize,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        rejections.push(...summary.rejections);
        for (const rejection of rejections)
          process.stderr.write(`rejected ${rejection.origin}: ${rejection.reason}\n`);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        process.stderr.write(
          `Ingested ${papers.length - summary.rejections.length} papers in ${seconds} s: ` +
            `${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged; ` +
            `${summary.codeLinks} code links; ${rejections.length} rejected.\n`,
        );
        if (rejections.length > 0 && !options.allowRejects) process.exitCode = 2;
      } finally {
        progress.stop();
        await close();
      }
    });
}
