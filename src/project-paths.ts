import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: everything the project reads or writes is located from here, not from the cwd. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Files the project itself may rewrite (Neo4j data, logs, credentials, caches); ignored by git. */
export function kgHome(override?: string): string {
  return override ? path.resolve(override) : path.join(projectRoot, '.kg');
}
