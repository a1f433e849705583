import path from 'node:path';
import type { Command } from 'commander';
import { bulkLoad } from '../bulk/bulk-load.ts';
import { loadConfig } from '../config.ts';
import { readPaperFiles, SOURCE_FORMATS, type SourceFormat } from '../ingest/read-papers.ts';
import { createProgress } from './progress.ts';

interface BulkImportCliOptions {
  format: SourceFormat | 'auto';
  serverDir?: string;
  csvDir?: string;
  keepCsv?: boolean;
  arrayDelimiter: string;
  allowRejects?: boolean;
}

const info = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (value: number) => `${value.toFixed(1)} s`;

export function registerBulkImportCommand(program: Command): void {
  program
    .command('bulk-import')
    .description(
      'first load of a large corpus into the local Neo4j: extract, write CSV, neo4j-admin import, start, migrate (REPLACES its database; the server must be stopped)',
    )
    .argument('<files...>', 'paper files, as for kg ingest')
    .option('--format <format>', `input format: auto, ${SOURCE_FORMATS.join(', ')}`, 'auto')
    .option('--server-dir <dir>', 'the local server folder (default: $KG_HOME/neo4j)')
    .option('--csv-dir <dir>', 'where the CSV files go (default: $KG_HOME/bulk-csv)')
    .option('--keep-csv', 'keep the CSV files (they load with their import.sh)')
    .option('--array-delimiter <char>', 'CSV: the character between list items', ';')
    .option('--allow-rejects', 'exit 0 even when some records were rejected')
    .action(async (files: string[], options: BulkImportCliOptions) => {
      const { localNeo4j } = loadConfig();
      const { papers, rejections } = readPaperFiles(files, options.format);
      info(`Read ${papers.length} papers from ${files.length} file(s); extracting…`);
      const progress = createProgress('Extracting');
      const home = options.serverDir ?? localNeo4j.home;
      try {
        const result = await bulkLoad(papers, {
          home,
          cacheDir: localNeo4j.cacheDir,
          csvDir: options.csvDir ?? path.join(path.dirname(localNeo4j.home), 'bulk-csv'),
          keepCsv: options.keepCsv,
          arrayDelimiter: options.arrayDelimiter,
          heap: localNeo4j.heap,
          pageCache: localNeo4j.pageCache,
          onProgress: (done, total) => progress.update(done, total),
          log: (line) => {
            progress.stop();
            info(line);
          },
        });
        await result.imported.close();
        rejections.push(...result.csv.rejections);
        for (const rejection of rejections)
          info(`rejected ${rejection.origin}: ${rejection.reason}`);
        const { timings: t, csv, server } = result;
        const counts = (record: Record<string, number>) =>
          Object.entries(record)
            .map(([name, count]) => `${name} ${count}`)
            .join(', ');
        info(
          `Bulk-imported ${csv.papers} papers: nodes ${counts(csv.nodes)}; links ${counts(csv.links)}; ${rejections.length} records rejected.\n` +
            `  extraction ${seconds(t.extract)}, CSV writing ${seconds(t.write)}, neo4j-admin import ${seconds(t.import)}, ` +
            `server start ${seconds(t.start)}, migrations ${seconds(t.migrate)}, index population ${seconds(t.indexes)}, empty lists ${seconds(t.restoreLists)}, similarity weights ${seconds(t.weights)}`,
        );
        const stop = options.serverDir ? `kill ${server.pid}` : 'npx kg neo4j stop';
        info(
          `Neo4j ${server.version} is up at ${server.uri} (pid ${server.pid}). Stop it with \`${stop}\`.`,
        );
        if (rejections.length > 0 && !options.allowRejects) process.exitCode = 2;
      } finally {
        progress.stop();
      }
    });
}
