import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, describe, expect, it } from 'vitest';
import { readExplorerAssets } from '../explorer-assets.ts';
import { useExplorer } from './use-explorer.ts';

const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }' });
const serve = (assets: () => ReturnType<typeof readExplorerAssets>) =>
  createYoga({ schema, plugins: [useExplorer({ assets })], logging: false });

describe('useExplorer', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'kg-explorer-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const yoga = serve(() => readExplorerAssets(dist));

  it('serves the page at /explore and its bundles, bundles cached for good', async () => {
    const page = await yoga.fetch('http://test/explore');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>explorer</title>');
    const bundle = await yoga.fetch('http://test/explore/assets/index-abc123.js');
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(bundle.headers.get('cache-control')).toContain('immutable');
  });

  it('links the explorer and GraphiQL from /', async () => {
    const html = await (await yoga.fetch('http://test/')).text();
    expect(html).toContain('href="/explore"');
    expect(html).toContain('href="/graphql"');
  });

  it('answers 404 for anything the build did not write, however the path is spelled', async () => {
    for (const url of [
      'http://test/explore/assets/nope.js',
      'http://test/explore/../package.json',
      'http://test/explore/%2e%2e/%2e%2e/package.json',
    ]) {
      const response = await yoga.fetch(url);
      expect(response.status, url).not.toBe(200);
    }
  });

  it('says how to build it when web/dist is missing, and picks the build up without a restart', async () => {
    let built = false;
    const late = serve(() => (built ? readExplorerAssets(dist) : undefined));
    const before = await late.fetch('http://test/explore');
    expect(before.status).toBe(503);
    expect(await before.text()).toContain('npm run build:web');
    built = true;
    expect((await late.fetch('http://test/explore')).status).toBe(200);
  });
});
