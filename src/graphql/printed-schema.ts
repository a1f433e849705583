import path from 'node:path';
import { printSchema } from 'graphql';
import { projectRoot } from '../project-paths.ts';
import { schema } from './schema.ts';

export const schemaFile = path.join(projectRoot, 'schema', 'schema.graphql');

/** The SDL as committed: sorted, so that a diff shows only real changes. */
export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}
