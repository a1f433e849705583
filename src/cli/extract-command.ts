import { type Command, Option } from 'commander';
import { extractCorpus } from '../extraction/extract-corpus.ts';
import { acceptPapers } from '../ingest/ingest-papers.ts';
import type { ParseResult, Rejection } from '../ingest/raw-paper.ts';
import { readPapers, SOURCE_FORMATS, type SourceFormat } from '../ingest/read-papers.ts';

interface ExtractCliOptions {
  format: SourceFormat | 'auto';
}

export interface ExtractOutput {
  /** One JSON object per accepted paper: `{id, title, entities, repositories}`. */
  lines: string[];
  /** Records refused by the parser, then empty or repeated papers, as ingest refuses them. */
  rejections: Rejection[];
}

/**
 * The extraction `kg extract` prints for parsed papers: the papers ingest would accept, with the
 * ids ingest would give them, extracted together as one corpus. Needs no database.
 */
export function extractParsed(parsed: ParseResult): ExtractOutput {
  const { accepted, rejections } = acceptPapers(parsed.papers);
  const extractions = extractCorpus(
    accepted.map(({ id, paper }) => ({ id, title: paper.title, abstract: paper.abstract })),
  );
  return {
    lines: extractions.map(({ id, title, entities, repositories }) =>
      JSON.stringify({ id, title, entities, repositories }),
    ),
    rejections: [...parsed.rejections, ...rejections],
  };
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'extract entities and code links from a paper file and print them as JSON Lines (no database)',
    )
    .argument(
      '<file>',
      'paper file: listing, JSON Lines, Hugging Face daily papers JSON, arXiv Atom',
    )
    .addOption(
      new Option('--format <format>', 'input format')
        .choices(['auto', ...SOURCE_FORMATS])
        .default('auto'),
    )
    .action((file: string, options: ExtractCliOptions) => {
      const { lines, rejections } = extractParsed(readPapers(file, options.format));
      // A reader that stops early (`kg extract … | head`) is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
      for (const rejection of rejections)
        process.stderr.write(`rejected ${rejection.origin}: ${rejection.reason}\n`);
      if (rejections.length > 0) process.exitCode = 2;
    });
}
