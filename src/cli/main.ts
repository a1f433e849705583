import { Command } from 'commander';
import { registerNeo4jCommand } from './neo4j-command.ts';

const program = new Command('kg').description('paper-graph: a knowledge graph of research papers in Neo4j, served over GraphQL');
registerNeo4jCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures carry a message written for the user; no stack trace.
  process.stderr.write(`kg: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
