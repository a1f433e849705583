import { describe, expect, it } from 'vitest';
import { compactStatement, loadQueryFiles, QueryRegistry } from './cypher.ts';

describe('compactStatement', () => {
  const file = [
    '// What it returns.',
    '// $key: STRING',
    'MATCH (e:Entity {key: $key})',
    "  WHERE e.name <> '  two  spaces  '",
    '  // why this line',
    '  RETURN e   ',
  ].join('\n');

  it('empties comment lines and trims the rest, keeping line numbers and strings', () => {
    const compact = compactStatement(file);
    expect(compact.split('\n')).toEqual([
      '',
      '',
      'MATCH (e:Entity {key: $key})',
      "WHERE e.name <> '  two  spaces  '",
      '',
      'RETURN e',
    ]);
  });

  it('is what the registry hands out, and shorter for every file that has comments', () => {
    const files = loadQueryFiles();
    const registry = new QueryRegistry(files);
    for (const [name, text] of files) {
      expect(registry.text(name)).toBe(compactStatement(text));
      if (text.includes('//')) expect(registry.text(name).length, name).toBeLessThan(text.length);
    }
  });
});
