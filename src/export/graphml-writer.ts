import path from 'node:path';
import { type ExportWriter, globalId } from './export-writer.ts';
import type { LinkSet, NodeSet, ValueType } from './graph-layout.ts';
import { LINK_SETS, NODE_SETS } from './graph-layout.ts';
import { OutFile } from './out-file.ts';
import type { ExportValue } from './values.ts';

// Characters XML 1.0 cannot hold even escaped; dropped so that Gephi and Cytoscape can parse.
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is matched
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const xmlText = (text: string) =>
  text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

// GraphML has no list type: lists are written as JSON text.
const graphmlType = (type: ValueType) =>
  type === 'long' ? 'long' : type === 'double' ? 'double' : 'string';

const text = (value: ExportValue) =>
  xmlText(Array.isArray(value) ? JSON.stringify(value) : String(value));

/** Every property of a kind of element, declared once as a GraphML key (same name, same type). */
function keysFor(sets: readonly { properties: Readonly<Record<string, ValueType>> }[]) {
  const keys = new Map<string, ValueType>();
  for (const set of sets) {
    for (const [name, type] of Object.entries(set.properties)) {
      const seen = keys.get(name);
      if (seen && graphmlType(seen) !== graphmlType(type)) {
        throw new Error(`Property ${name} has two types in the export layout`);
      }
      keys.set(name, type);
    }
  }
  return keys;
}

/**
 * One `graph.graphml` for Gephi or Cytoscape desktop: nodes carry `labels` and a display `label`
 * (title or name), edges their `type`; every property is a declared key.
 */
export function createGraphmlWriter(dir: string): ExportWriter {
  const file = new OutFile(path.join(dir, 'graph.graphml'));
  const nodeKeys = keysFor(NODE_SETS);
  const edgeKeys = keysFor(LINK_SETS);
  const declare = (kind: 'node' | 'edge', name: string, type: string) =>
    `  <key id="${kind[0]}_${name}" for="${kind}" attr.name="${name}" attr.type="${type}"/>\n`;
  const header =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
    declare('node', 'label', 'string') +
    declare('node', 'labels', 'string') +
    [...nodeKeys].map(([name, type]) => declare('node', name, graphmlType(type))).join('') +
    declare('edge', 'type', 'string') +
    [...edgeKeys].map(([name, type]) => declare('edge', name, graphmlType(type))).join('') +
    '  <graph id="papers" edgedefault="directed">\n';
  let started = false;
  let edgeCount = 0;
  const start = async () => {
    if (!started) await file.write(header);
    started = true;
  };
  const data = (kind: 'n' | 'e', props: Record<string, ExportValue>) =>
    Object.entries(props)
      .map(([name, value]) => `<data key="${kind}_${name}">${text(value)}</data>`)
      .join('');

  return {
    async nodes(set: NodeSet, nodes) {
      await start();
      for await (const node of nodes) {
        const label = node.props.title ?? node.props.name ?? node.key;
        await file.write(
          `    <node id="${xmlText(globalId(set.name, node.key))}">` +
            `<data key="n_label">${text(label)}</data><data key="n_labels">${xmlText(node.labels.join(':'))}</data>` +
            `${data('n', node.props)}</node>\n`,
        );
      }
    },
    async links(set: LinkSet, links) {
      await start();
      for await (const link of links) {
        await file.write(
          `    <edge id="e${edgeCount++}" source="${xmlText(globalId(set.from, link.from))}" target="${xmlText(globalId(set.to, link.to))}">` +
            `<data key="e_type">${link.type}</data>${data('e', link.props)}</edge>\n`,
        );
      }
    },
    async close() {
      await start();
      await file.write('  </graph>\n</graphml>\n');
      await file.close();
      return [file.path];
    },
  };
}
