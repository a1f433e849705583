import path from 'node:path';
import { type ExportWriter, globalId } from './export-writer.ts';
import { OutFile } from './out-file.ts';

/**
 * JSON Lines, one object per line, so that any size streams in and out: `nodes.jsonl`
 * (`{id, key, labels, properties}`) and `edges.jsonl` (`{type, source, target, properties}`,
 * source and target being node ids).
 */
export function createJsonWriter(dir: string): ExportWriter {
  const nodesFile = new OutFile(path.join(dir, 'nodes.jsonl'));
  const edgesFile = new OutFile(path.join(dir, 'edges.jsonl'));
  return {
    async nodes(set, nodes) {
      for await (const node of nodes) {
        const id = globalId(set.name, node.key);
        await nodesFile.write(
          `${JSON.stringify({ id, key: node.key, labels: node.labels, properties: node.props })}\n`,
        );
      }
    },
    async links(set, links) {
      for await (const link of links) {
        const source = globalId(set.from, link.from);
        const target = globalId(set.to, link.to);
        await edgesFile.write(
          `${JSON.stringify({ type: link.type, source, target, properties: link.props })}\n`,
        );
      }
    },
    async close() {
      await Promise.all([nodesFile.close(), edgesFile.close()]);
      return [nodesFile.path, edgesFile.path];
    },
  };
}
