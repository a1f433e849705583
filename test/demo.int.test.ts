import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../src/neo4j-local/process-control.ts';
import { projectRoot } from '../src/project-paths.ts';
import { EXAMPLE_QUERY } from '../src/server/graphiql-examples.ts';
import { openTestGraph } from './support/test-graph.ts';

/** Starts `kg demo` against the suite's Neo4j and resolves with the URL it prints. */
function startDemo(port: number): { child: ChildProcess; url: Promise<string> } {
  const { uri, username, password, database } = inject('neo4j');
  const child = spawn(
    'node',
    [path.join(projectRoot, 'bin/kg.js'), 'demo', '--port', String(port)],
    {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        NEO4J_DATABASE: database,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /GraphiQL is ready: (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`demo exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

describe('npm run demo (kg demo)', () => {
  let demo: ReturnType<typeof startDemo>;
  let url: string;
  beforeAll(async () => {
    const db = await openTestGraph();
    await db.close();
    demo = startDemo(await findFreePort());
    url = await demo.url;
  });
  afterAll(() => {
    demo.child.kill('SIGKILL');
  });

  it('serves GraphiQL with every script inlined, so it works offline', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html).toContain('papers(first: 5)');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  it('answers the example query with the demo papers and their code', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXAMPLE_QUERY }),
    });
    const body = (await response.json()) as {
      data: {
        papers: {
          totalCount: number;
          edges: { node: { title: string; repositories: { url: string }[] } }[];
        };
      };
    };
    expect(body.data.papers.totalCount).toBe(12);
    expect(body.data.papers.edges).toHaveLength(5);
    for (const { node } of body.data.papers.edges)
      expect(node.repositories[0]?.url).toMatch(/^https:\/\/github\.com\//);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exit = new Promise<number | null>((resolve) => demo.child.once('exit', resolve));
    demo.child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
