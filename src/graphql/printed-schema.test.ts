import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, schemaFile } from './printed-schema.ts';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after a deliberate change)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('describes every type and field', () => {
    const sdl = printedSchema();
    const undocumented = [...sdl.matchAll(/^(?:type|interface) (\w+)|^ {2}(\w+)[(:]/gm)]
      .filter((match) => {
        const before = sdl.slice(0, match.index).trimEnd();
        return !before.endsWith('"""') && !before.endsWith('"');
      })
      .map((match) => match[1] ?? match[2]);
    expect(undocumented).toEqual([]);
  });
});
