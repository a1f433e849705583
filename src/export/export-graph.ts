import { mkdirSync } from 'node:fs';
import {
  type StoredLink,
  type StoredNode,
  storedLinks,
  storedNodes,
} from '../graph/export-store.ts';
import type { Graph } from '../graph/run.ts';
import { createCsvWriter } from './csv-writer.ts';
import type { ExportLink, ExportNode, ExportWriter } from './export-writer.ts';
import { LINK_SETS, type LinkSet, NODE_SETS, type NodeSet } from './graph-layout.ts';
import { createGraphmlWriter } from './graphml-writer.ts';
import { createJsonWriter } from './json-writer.ts';
import { exportProperties } from './values.ts';

export const EXPORT_FORMATS = ['csv', 'graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  dir: string;
  /** Nodes (or, for links, start nodes) per read transaction. */
  pageSize?: number;
  /** CSV only: the character between list items. */
  arrayDelimiter?: string;
}

export interface ExportSummary {
  files: string[];
  /** Nodes written per label (an entity counts for Entity and for its kind). */
  labels: Record<string, number>;
  /** Relationships written per type. */
  types: Record<string, number>;
}

const writers: Record<ExportFormat, (options: ExportOptions) => ExportWriter> = {
  csv: ({ dir, arrayDelimiter }) => createCsvWriter(dir, arrayDelimiter),
  graphml: ({ dir }) => createGraphmlWriter(dir),
  json: ({ dir }) => createJsonWriter(dir),
};

const bump = (counts: Record<string, number>, name: string) => {
  counts[name] = (counts[name] ?? 0) + 1;
};

async function* checkedNodes(
  set: NodeSet,
  nodes: AsyncIterable<StoredNode>,
  labels: Record<string, number>,
): AsyncGenerator<ExportNode> {
  for await (const node of nodes) {
    const record = `${set.name} ${node.key}`;
    const props = exportProperties(node.props, set.properties, record, [
      set.keyProperty,
      ...(set.derived ?? []),
    ]);
    for (const label of node.labels) bump(labels, label);
    yield { key: node.key, labels: node.labels, props };
  }
}

async function* checkedLinks(
  set: LinkSet,
  links: AsyncIterable<StoredLink>,
  types: Record<string, number>,
): AsyncGenerator<ExportLink> {
  for await (const link of links) {
    const record = `${link.type} ${link.from} → ${link.to}`;
    bump(types, link.type);
    yield { ...link, props: exportProperties(link.props, set.properties, record) };
  }
}

/**
 * Writes the whole graph to `dir`, streaming: one page of records is in memory at a time and
 * every write waits for the disk. Nodes come first so that every format can refer to them.
 */
export async function exportGraph(graph: Graph, options: ExportOptions): Promise<ExportSummary> {
  const pageSize = options.pageSize ?? 2_000;
  mkdirSync(options.dir, { recursive: true });
  const writer = writers[options.format](options);
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const set of NODE_SETS) {
    await writer.nodes(set, checkedNodes(set, storedNodes(graph, set.name, pageSize), labels));
  }
  for (const set of LINK_SETS) {
    await writer.links(set, checkedLinks(set, storedLinks(graph, set.name, pageSize), types));
  }
  return { files: await writer.close(), labels, types };
}
