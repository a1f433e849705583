import type { Command } from 'commander';
import { openImportedGraph } from '../bulk/open-imported-graph.ts';
import { loadConfig } from '../config.ts';
import { resolveConnection } from '../graph/connection.ts';

export function registerFinishImportCommand(program: Command): void {
  program
    .command('finish-import')
    .description(
      'after import.sh (neo4j-admin import of a kg CSV export) and a start: apply the migrations, wait for the indexes, set back the empty lists neo4j-admin cannot write, compute the similarity weights',
    )
    .action(async () => {
      const connection = resolveConnection(loadConfig());
      const imported = await openImportedGraph(connection);
      await imported.close();
      const t = imported.timings;
      process.stderr.write(
        `Finished ${connection.uri} (database ${connection.database}): migrations ${t.migrate.toFixed(1)} s, ` +
          `indexes populated in ${t.indexes.toFixed(1)} s, ${imported.restored} nodes and relationships given their empty lists back in ${t.restoreLists.toFixed(1)} s, ` +
          `similarity weights computed in ${t.weights.toFixed(1)} s.\n`,
      );
    });
}
