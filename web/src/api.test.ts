import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from './api.ts';

// The explorer is the reference client of the public API: it may only send what the printed
// schema accepts.
const schema = buildSchema(
  readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'),
);

describe('the explorer’s GraphQL documents', () => {
  it.each(Object.entries(DOCUMENTS))('%s is valid against schema/schema.graphql', (_, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
