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

/**
 * A statement as it goes over the wire: comment lines emptied and each line trimmed, so line
 * numbers in Neo4j's error positions still match the file. The driver writes a Bolt message in
 * chunks of 1,400 bytes, one socket write each: the comments and indentation of a 2 kB file
 * made two or three writes (system calls, each dearer than all its bytes) of what fits in one
 * or two. Statements keep comments on lines of their own and no string spans lines, so
 * trimming never changes a string.
 */
export function compactStatement(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*\/\//.test(line) ? '' : line.trim()))
    .join('\n');
}

/** The query registry: loaded once at start-up, fails fast on a name that has no file. */
export class QueryRegistry {
  private readonly queries: Map<string, string>;

  constructor(files: Map<string, string> = loadQueryFiles()) {
    this.queries = new Map([...files].map(([name, text]) => [name, compactStatement(text)]));
  }

  text(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
    return text;
  }
}
