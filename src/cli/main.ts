import { Command } from 'commander';
import { registerBulkImportCommand } from './bulk-import-command.ts';
import { registerDemoCommand } from './demo-command.ts';
import { registerExportCommand } from './export-command.ts';
import { registerExtractCommand } from './extract-command.ts';
import { registerFinishImportCommand } from './finish-import-command.ts';
import { registerIngestCommand } from './ingest-command.ts';
import { registerNeo4jCommand } from './neo4j-command.ts';

const program = new Command('kg').description(
  'paper-graph: a knowledge graph of research papers in Neo4j, served over GraphQL',
);
registerNeo4jCommand(program);
registerIngestCommand(program);
registerBulkImportCommand(program);
registerExtractCommand(program);
registerDemoCommand(program);
registerExportCommand(program);
registerFinishImportCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures carry a message written for the user; no stack trace.
  const message = error instanceof Error ? error.message : String(error);
  // The operator running the command may see the database's own words; API clients never do.
  const cause =
    error instanceof Error && error.cause instanceof Error
      ? `\n  caused by: ${error.cause.message}`
      : '';
  process.stderr.write(`kg: ${message}${cause}\n`);
  process.exitCode = 1;
}
