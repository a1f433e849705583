// Writes the SDL of the Pothos schema to schema/schema.graphql: the committed API contract.
import { writeFileSync } from 'node:fs';
import { printedSchema, schemaFile } from '../src/graphql/printed-schema.ts';

writeFileSync(schemaFile, printedSchema());
process.stdout.write(`wrote ${schemaFile}\n`);
