import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportSummary, exportGraph } from '../src/export/export-graph.ts';
import { stats } from '../src/graph/stats-store.ts';
import { parseXml } from '../src/ingest/sources/xml-tree.ts';
import { openListingGraph, type TestGraph } from './support/test-graph.ts';

/** RFC 4180 as neo4j-admin reads it with --multiline-fields: quotes, doubled quotes, newlines inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

describe('kg export of the shared listing', () => {
  let db: TestGraph;
  let expected: { labels: Record<string, number>; types: Record<string, number> };
  const root = mkdtempSync(path.join(tmpdir(), 'kg-export-'));
  const paperAbstract = async (id: string) =>
    (
      await db.driver.executeQuery(
        'MATCH (p:Paper {id: $id}) RETURN p.abstract',
        { id },
        {
          database: db.connection.database,
        },
      )
    ).records[0]?.get(0) as string;

  beforeAll(async () => {
    db = await openListingGraph();
    const counted = await stats(db.graph);
    expected = {
      labels: Object.fromEntries(
        counted.labels.filter((l) => l.count > 0).map((l) => [l.label, l.count]),
      ),
      types: Object.fromEntries(
        counted.relationships.filter((r) => r.count > 0).map((r) => [r.type, r.count]),
      ),
    };
  });
  afterAll(async () => {
    await db.close();
    rmSync(root, { recursive: true, force: true });
  });

  // A small page size so that every set spans several pages and the keyset cursor is exercised.
  const run = (format: 'csv' | 'graphml' | 'json'): Promise<ExportSummary> =>
    exportGraph(db.graph, { format, dir: path.join(root, format), pageSize: 7 });

  it('writes CSV files for neo4j-admin import holding every node and relationship', async () => {
    const summary = await run('csv');
    expect({ labels: summary.labels, types: summary.types }).toEqual(expected);
    const dir = path.join(root, 'csv');
    const read = (file: string) => parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    const labelCounts: Record<string, number> = {};
    const typeCounts: Record<string, number> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('-header.csv'))) {
      const [header] = read(file) as [string[]];
      const rows = read(file.replace('-header', ''));
      for (const row of rows) expect(row.length, file).toBe(header.length);
      const last = header.at(-1);
      for (const row of rows) {
        const value = row.at(-1) as string;
        if (last === ':LABEL')
          for (const label of value.split(';')) labelCounts[label] = (labelCounts[label] ?? 0) + 1;
        else typeCounts[value] = (typeCounts[value] ?? 0) + 1;
      }
      if (file === 'nodes-Paper-header.csv') {
        expect(header.slice(0, 3)).toEqual(['id:ID(Paper)', 'title', 'abstract']);
        expect(header).toContain('ingestedAt:datetime');
        const [id, , abstract] = rows[0] as string[];
        expect(abstract).toBe(await paperAbstract(id as string));
      }
      if (file === 'relationships-author-paper-header.csv') {
        expect(header).toEqual([':START_ID(Author)', ':END_ID(Paper)', 'position:long', ':TYPE']);
      }
    }
    expect(labelCounts).toEqual(expected.labels);
    expect(typeCounts).toEqual(expected.types);
    const script = readFileSync(path.join(dir, 'import.sh'), 'utf8');
    expect(script).toContain('neo4j-admin database import full');
    expect(script).toContain('--nodes=nodes-Paper-header.csv,nodes-Paper.csv');
    expect(script).toContain(
      '--relationships=relationships-paper-entity-header.csv,relationships-paper-entity.csv',
    );
  });

  it('writes GraphML that parses, with every edge between declared nodes', async () => {
    const summary = await run('graphml');
    expect({ labels: summary.labels, types: summary.types }).toEqual(expected);
    const doc = parseXml(readFileSync(path.join(root, 'graphml', 'graph.graphml'), 'utf8'));
    const graph = doc.children.find((child) => child.name === 'graph');
    const nodes = graph?.children.filter((child) => child.name === 'node') ?? [];
    const edges = graph?.children.filter((child) => child.name === 'edge') ?? [];
    const ids = new Set(nodes.map((node) => node.attributes.id));
    const nodeSets = ['Paper', 'Entity', 'Repository', 'Author'];
    expect(ids.size).toBe(nodeSets.reduce((sum, label) => sum + (expected.labels[label] ?? 0), 0));
    expect(edges.length).toBe(Object.values(expected.types).reduce((a, b) => a + b, 0));
    for (const edge of edges) {
      expect(ids.has(edge.attributes.source)).toBe(true);
      expect(ids.has(edge.attributes.target)).toBe(true);
    }
    const declared = new Set(
      doc.children.filter((child) => child.name === 'key').map((key) => key.attributes.id),
    );
    for (const element of [...nodes, ...edges]) {
      for (const data of element.children) expect(declared.has(data.attributes.key)).toBe(true);
    }
  });

  it('writes JSON Lines of nodes and edges that parse and refer to each other', async () => {
    const summary = await run('json');
    expect({ labels: summary.labels, types: summary.types }).toEqual(expected);
    const lines = (file: string) =>
      readFileSync(path.join(root, 'json', file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    const nodes = lines('nodes.jsonl');
    const edges = lines('edges.jsonl');
    const labelCounts: Record<string, number> = {};
    for (const node of nodes)
      for (const label of node.labels) labelCounts[label] = (labelCounts[label] ?? 0) + 1;
    expect(labelCounts).toEqual(expected.labels);
    const ids = new Set(nodes.map((node) => node.id));
    expect(ids.size).toBe(nodes.length);
    const typeCounts: Record<string, number> = {};
    for (const edge of edges) {
      typeCounts[edge.type] = (typeCounts[edge.type] ?? 0) + 1;
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(typeCounts).toEqual(expected.types);
    const paper = nodes.find((node) => node.labels.includes('Paper'));
    expect(paper.properties.abstract).toBe(await paperAbstract(paper.key));
    expect(paper.properties.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('runs as `kg export` and refuses an unknown format', () => {
    const env = {
      ...process.env,
      NEO4J_URI: db.connection.uri,
      NEO4J_USERNAME: db.connection.username,
      NEO4J_PASSWORD: db.connection.password,
      NEO4J_DATABASE: db.connection.database,
    };
    const out = path.join(root, 'cli');
    const ok = spawnSync(
      process.execPath,
      ['bin/kg.js', 'export', '--format', 'json', '--out', out],
      {
        env,
        encoding: 'utf8',
      },
    );
    expect(ok.stderr).toMatch(/Exported in .* Paper 63/);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toEqual([
      path.join(out, 'nodes.jsonl'),
      path.join(out, 'edges.jsonl'),
    ]);
    const bad = spawnSync(process.execPath, ['bin/kg.js', 'export', '--format', 'xlsx'], {
      env,
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/xlsx.*Allowed choices are csv, graphml, json/s);
  });
});
