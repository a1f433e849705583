import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportLink, ExportNode, ExportWriter } from './export-writer.ts';
import type { LinkSet, NodeSet, ValueType } from './graph-layout.ts';
import { OutFile } from './out-file.ts';
import type { ExportValue } from './values.ts';

/** The CSV header type of a property (`string` is the default and left out). */
const headerType = (type: ValueType) => (type === 'string' ? '' : `:${type}`);

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * CSV files laid out for `neo4j-admin database import full`: per node set and link set one
 * header file and one data file, ID spaces named after the node sets (keys of different sets may
 * be equal), and an `import.sh` with the command that loads them.
 */
export function createCsvWriter(dir: string, arrayDelimiter = ';'): ExportWriter {
  const files: string[] = [];
  const importArgs: string[] = [];

  const field = (value: ExportValue | undefined, record: string, name: string): string => {
    if (value === undefined) return '';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return quote(value);
    for (const item of value) {
      if (String(item).includes(arrayDelimiter)) {
        throw new Error(
          `${record}: an item of ${name} contains the array delimiter ${JSON.stringify(arrayDelimiter)}; choose another with --array-delimiter`,
        );
      }
    }
    return quote(value.join(arrayDelimiter));
  };

  async function writeSet<T>(
    base: string,
    header: string[],
    rows: AsyncIterable<T>,
    toFields: (row: T) => string[],
  ): Promise<string> {
    const headerFile = path.join(dir, `${base}-header.csv`);
    writeFileSync(headerFile, `${header.join(',')}\n`);
    const data = new OutFile(path.join(dir, `${base}.csv`));
    try {
      for await (const row of rows) await data.write(`${toFields(row).join(',')}\n`);
    } finally {
      await data.close();
    }
    files.push(headerFile, data.path);
    return `${path.basename(headerFile)},${path.basename(data.path)}`;
  }

  return {
    async nodes(set: NodeSet, nodes: AsyncIterable<ExportNode>) {
      const names = Object.keys(set.properties);
      const header = [
        `${set.keyProperty}:ID(${set.name})`,
        ...names.map((name) => `${name}${headerType(set.properties[name] as ValueType)}`),
        ':LABEL',
      ];
      const files = await writeSet(`nodes-${set.name}`, header, nodes, (node) => {
        const record = `${set.name} ${node.key}`;
        return [
          quote(node.key),
          ...names.map((name) => field(node.props[name], record, name)),
          field(node.labels, record, ':LABEL'),
        ];
      });
      importArgs.push(`--nodes=${files}`);
    },
    async links(set: LinkSet, links: AsyncIterable<ExportLink>) {
      const names = Object.keys(set.properties);
      const header = [
        `:START_ID(${set.from})`,
        `:END_ID(${set.to})`,
        ...names.map((name) => `${name}${headerType(set.properties[name] as ValueType)}`),
        ':TYPE',
      ];
      const files = await writeSet(`relationships-${set.name}`, header, links, (link) => {
        const record = `${link.type} ${link.from} → ${link.to}`;
        return [
          quote(link.from),
          quote(link.to),
          ...names.map((name) => field(link.props[name], record, name)),
          link.type,
        ];
      });
      importArgs.push(`--relationships=${files}`);
    },
    async close() {
      const script = path.join(dir, 'import.sh');
      writeFileSync(
        script,
        [
          '#!/bin/sh',
          '# Loads these files into an empty database (stop it first; DATABASE defaults to neo4j).',
          '# Run from this folder with neo4j-admin on the PATH, then start Neo4j: the API applies',
          '# its migrations (constraints and indexes) at start-up.',
          'set -e',
          'cd "$(dirname "$0")"',
          `neo4j-admin database import full --overwrite-destination --multiline-fields=true --array-delimiter=${quoteShell(arrayDelimiter)} \\`,
          ...importArgs.map((arg) => `  ${arg} \\`),
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter, not JavaScript
          '  "${DATABASE:-neo4j}"',
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
      return [...files, script];
    },
  };
}

const quoteShell = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
