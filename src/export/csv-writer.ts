import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportLink, ExportNode, ExportWriter } from './export-writer.ts';
import {
  LINK_SETS,
  type LinkSet,
  NODE_SETS,
  type NodeSet,
  type ValueType,
} from './graph-layout.ts';
import { OutFile } from './out-file.ts';
import type { ExportValue } from './values.ts';

/** The CSV header type of a property (`string` is the default and left out). */
const headerType = (type: ValueType) => (type === 'string' ? '' : `:${type}`);

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

const nodeFiles = (set: NodeSet) => [`nodes-${set.name}-header.csv`, `nodes-${set.name}.csv`];
const linkFiles = (set: LinkSet) => [
  `relationships-${set.name}-header.csv`,
  `relationships-${set.name}.csv`,
];

/**
 * The arguments of `neo4j-admin database import full` (before the database name) that load the
 * files this writer makes, run from their folder. One list for import.sh and for
 * src/neo4j-local/admin-import.ts, so that the script a user runs is the one the tests run.
 * `--bad-tolerance=0`: a row the importer cannot read stops the import instead of being skipped
 * (the default tolerates 1000 and would load a graph with holes).
 */
export function csvImportArguments(arrayDelimiter = ';'): string[] {
  return [
    '--overwrite-destination',
    '--multiline-fields=true',
    `--array-delimiter=${arrayDelimiter}`,
    '--bad-tolerance=0',
    ...NODE_SETS.map((set) => `--nodes=${nodeFiles(set).join(',')}`),
    ...LINK_SETS.map((set) => `--relationships=${linkFiles(set).join(',')}`),
  ];
}

const CHUNK_CHARS = 64 * 1024;

/** One CSV data file and its header file, written row by row. */
export interface CsvSetFile<T> {
  write(row: T): Promise<void>;
  /** Finishes the data file and returns both paths. */
  close(): Promise<string[]>;
}

function csvSetFile<T>(
  dir: string,
  [headerName, dataName]: string[],
  header: string[],
  toFields: (row: T) => string[],
): CsvSetFile<T> {
  const headerFile = path.join(dir, headerName as string);
  writeFileSync(headerFile, `${header.join(',')}\n`);
  const data = new OutFile(path.join(dir, dataName as string));
  // Rows are handed to the file in chunks: a write (and its await) per row costs more than the
  // row's own formatting when millions of short link rows are written.
  let chunk = '';
  const flush = async () => {
    const text = chunk;
    chunk = '';
    if (text) await data.write(text);
  };
  return {
    async write(row) {
      chunk += `${toFields(row).join(',')}\n`;
      if (chunk.length >= CHUNK_CHARS) await flush();
    },
    async close() {
      await flush();
      await data.close();
      return [headerFile, data.path];
    },
  };
}

function fieldWriter(arrayDelimiter: string) {
  return (value: ExportValue | undefined, record: string, name: string): string => {
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
}

/** The CSV files of one node set: the key as the set's ID space, every layout property, labels. */
export function csvNodeFile(
  dir: string,
  set: NodeSet,
  arrayDelimiter = ';',
): CsvSetFile<ExportNode> {
  const field = fieldWriter(arrayDelimiter);
  const names = Object.keys(set.properties);
  const header = [
    `${set.keyProperty}:ID(${set.name})`,
    ...names.map((name) => `${name}${headerType(set.properties[name] as ValueType)}`),
    ':LABEL',
  ];
  return csvSetFile(dir, nodeFiles(set), header, (node: ExportNode) => {
    const record = `${set.name} ${node.key}`;
    return [
      quote(node.key),
      ...names.map((name) => field(node.props[name], record, name)),
      field(node.labels, record, ':LABEL'),
    ];
  });
}

/** The CSV files of one link set: both ends in their node sets' ID spaces, properties, type. */
export function csvLinkFile(
  dir: string,
  set: LinkSet,
  arrayDelimiter = ';',
): CsvSetFile<ExportLink> {
  const field = fieldWriter(arrayDelimiter);
  const names = Object.keys(set.properties);
  const header = [
    `:START_ID(${set.from})`,
    `:END_ID(${set.to})`,
    ...names.map((name) => `${name}${headerType(set.properties[name] as ValueType)}`),
    ':TYPE',
  ];
  return csvSetFile(dir, linkFiles(set), header, (link: ExportLink) => {
    const record = `${link.type} ${link.from} → ${link.to}`;
    return [
      quote(link.from),
      quote(link.to),
      ...names.map((name) => field(link.props[name], record, name)),
      link.type,
    ];
  });
}

/** `import.sh`: the neo4j-admin command that loads the files, for a user with Neo4j installed. */
export function writeImportScript(dir: string, arrayDelimiter = ';'): string {
  const script = path.join(dir, 'import.sh');
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      '# Loads these files into an empty database (stop it first; DATABASE defaults to neo4j).',
      '# Run from this folder with neo4j-admin on the PATH, then start Neo4j and run',
      '# `npx kg finish-import`: the migrations (constraints and indexes), and the empty lists',
      '# neo4j-admin cannot write (neo4j/neo4j#13566), which the API needs.',
      'set -e',
      'cd "$(dirname "$0")"',
      'neo4j-admin database import full \\',
      ...csvImportArguments(arrayDelimiter).map((arg) => `  ${quoteShell(arg)} \\`),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter, not JavaScript
      '  "${DATABASE:-neo4j}"',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return script;
}

async function writeAll<T>(file: CsvSetFile<T>, rows: AsyncIterable<T>): Promise<string[]> {
  try {
    for await (const row of rows) await file.write(row);
  } catch (error) {
    await file.close();
    throw error;
  }
  return file.close();
}

/**
 * CSV files laid out for `neo4j-admin database import full`: per node set and link set one
 * header file and one data file, ID spaces named after the node sets (keys of different sets may
 * be equal), and an `import.sh` with the command that loads them.
 */
export function createCsvWriter(dir: string, arrayDelimiter = ';'): ExportWriter {
  const files: string[] = [];
  return {
    async nodes(set, nodes) {
      files.push(...(await writeAll(csvNodeFile(dir, set, arrayDelimiter), nodes)));
    },
    async links(set, links) {
      files.push(...(await writeAll(csvLinkFile(dir, set, arrayDelimiter), links)));
    },
    async close() {
      return [...files, writeImportScript(dir, arrayDelimiter)];
    },
  };
}

// Plain words stay bare, so that the script reads as the command a person would type.
const quoteShell = (text: string) =>
  /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
