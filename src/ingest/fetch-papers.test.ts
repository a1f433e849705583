import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../project-paths.ts';
import { fetchPapers } from './fetch-papers.ts';

const dailyPapers = readFileSync(path.join(projectRoot, 'test/fixtures/sources/daily-papers.json'));

describe('fetchPapers (against a server on loopback)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/api/daily_papers') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(dailyPapers);
      } else {
        response.writeHead(404).end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('parses a daily-papers response like the local file', async () => {
    const { papers, rejections } = await fetchPapers(`${base}/api/daily_papers`);
    expect(rejections).toEqual([]);
    expect(papers.length).toBeGreaterThan(0);
    expect(
      papers.every(
        (paper) =>
          paper.source === 'hf-daily' && paper.origin.startsWith(`${base}/api/daily_papers#/`),
      ),
    ).toBe(true);
  });

  it('names the URL and the status when the server refuses', async () => {
    await expect(fetchPapers(`${base}/missing`)).rejects.toThrow(
      `${base}/missing: the server answered 404`,
    );
  });

  it('names the URL when nothing listens there', async () => {
    await expect(fetchPapers('http://127.0.0.1:9/feed')).rejects.toThrow(
      /http:\/\/127\.0\.0\.1:9\/feed: cannot be fetched/,
    );
  });

  it('refuses other schemes', async () => {
    await expect(fetchPapers('file:///etc/passwd')).rejects.toThrow(/only http and https/);
  });
});
