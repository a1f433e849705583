import { type Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { EXPORT_FORMATS, type ExportFormat, exportGraph } from '../export/export-graph.ts';
import { openGraph } from '../graph/open-graph.ts';

interface ExportCliOptions {
  format: ExportFormat;
  out: string;
  pageSize: number;
  arrayDelimiter: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'write the whole graph to files, streaming: CSV for neo4j-admin database import, GraphML for Gephi or Cytoscape, JSON Lines',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option('--out <dir>', 'folder for the files (created if missing)', 'kg-export')
    .option(
      '--page-size <n>',
      'nodes per read transaction',
      (value) => Number.parseInt(value, 10),
      2_000,
    )
    .option('--array-delimiter <char>', 'CSV: the character between list items', ';')
    .action(async (options: ExportCliOptions) => {
      if (!Number.isInteger(options.pageSize) || options.pageSize < 1)
        throw new Error('--page-size must be a positive integer');
      const config = loadConfig();
      const { graph, close } = await openGraph(config);
      const started = Date.now();
      try {
        const summary = await exportGraph(graph, {
          format: options.format,
          dir: options.out,
          pageSize: options.pageSize,
          arrayDelimiter: options.arrayDelimiter,
        });
        const counts = (record: Record<string, number>) =>
          Object.entries(record)
            .map(([name, count]) => `${name} ${count}`)
            .join(', ');
        process.stderr.write(
          `Exported in ${((Date.now() - started) / 1000).toFixed(1)} s to ${options.out}: ` +
            `nodes ${counts(summary.labels)}; relationships ${counts(summary.types)}\n`,
        );
        for (const file of summary.files) process.stdout.write(`${file}\n`);
      } finally {
        await close();
      }
    });
}
