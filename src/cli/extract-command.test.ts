import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePapers } from '../ingest/read-papers.ts';
import { extractParsed } from './extract-command.ts';

const LISTING = `Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction

We propose the Pyramid Vision Transformer (PVT), a backbone for dense prediction. Code is available at https://github.com/whai362/PVT.

A title without its abstract
`;

describe('kg extract', () => {
  it('prints one JSON object per paper with id, title, entities and repositories', () => {
    const { lines, rejections } = extractParsed(parsePapers(LISTING, 'tiny.txt', 'listing'));
    expect(lines).toHaveLength(1);
    const paper = JSON.parse(lines[0] as string);
    expect(Object.keys(paper)).toEqual(['id', 'title', 'entities', 'repositories']);
    expect(paper.id).toMatch(/^title:[0-9a-f]{16}$/);
    expect(paper.title).toBe(
      'Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction',
    );
    expect(paper.entities).toContainEqual(
      expect.objectContaining({ key: 'pyramid vision transformer', role: 'proposed' }),
    );
    expect(paper.repositories.map((r: { url: string }) => r.url)).toEqual([
      'https://github.com/whai362/PVT',
    ]);
    expect(rejections).toEqual([
      {
        origin: 'tiny.txt:5',
        reason: 'title "A title without its abstract" has no abstract after it',
      },
    ]);
  });

  it('extracts the shared listing in a subprocess, needing no database', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['bin/kg.js', 'extract', '../shared/corpus/trending-papers-listing.txt'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const papers = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(papers).toHaveLength(63);
    const pvt = papers.find((p) => p.title.startsWith('Pyramid Vision Transformer'));
    expect(pvt.entities).toContainEqual(
      expect.objectContaining({ key: 'pyramid vision transformer', role: 'proposed' }),
    );
    expect(pvt.repositories).toContainEqual(
      expect.objectContaining({ url: 'https://github.com/whai362/PVT' }),
    );
  }, 60_000);
});
