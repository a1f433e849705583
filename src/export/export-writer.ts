import type { LinkSet, NodeSet } from './graph-layout.ts';
import type { ExportValue } from './values.ts';

export interface ExportNode {
  key: string;
  labels: string[];
  props: Record<string, ExportValue>;
}

export interface ExportLink {
  from: string;
  to: string;
  type: string;
  props: Record<string, ExportValue>;
}

/** One output format. Node sets are all written before any link set. */
export interface ExportWriter {
  nodes(set: NodeSet, nodes: AsyncIterable<ExportNode>): Promise<void>;
  links(set: LinkSet, links: AsyncIterable<ExportLink>): Promise<void>;
  /** Finishes the files and returns their paths. */
  close(): Promise<string[]>;
}

/** The id a node has in formats with one id space (GraphML, JSON): `Paper:arxiv:2401.01234`. */
export const globalId = (set: string, key: string) => `${set}:${key}`;
