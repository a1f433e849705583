import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-paths.ts';

export const queriesDir = path.join(projectRoot, 'cypher', 'queries');

/** Every `.cypher` file below `dir`, by name: `paper/find-by-ids` for `paper/find-by-ids.cypher`. */
export function loadQueryFiles(dir: string = queriesDir): Map<string, string> {
  const queries = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path
      .relative(dir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    queries.set(name, readFileSync(file, 'utf8'));
  }
  return queries;
}

/** The query registry: loaded once at start-up, fails fast on a name that has no file. */
export class QueryRegistry {
  constructor(private readonly queries: Map<string, string> = loadQueryFiles()) {}

  text(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
    return text;
  }
}
