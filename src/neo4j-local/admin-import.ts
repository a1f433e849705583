import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN_TOOL, adminEnv, findRunningServer } from './local-server.ts';
import { resolveNeo4jDistribution } from './maven-classpath.ts';
import { findJava } from './prerequisites.ts';
import { serverPaths, writeJvmArgs, writeNeo4jConf } from './server-files.ts';

export interface ImportCsvOptions {
  /** The local server's folder (as for `kg neo4j start`); its server must be stopped. */
  home: string;
  /** Where the resolved class path is cached. */
  cacheDir: string;
  /** The folder holding the CSV files; relative paths in `arguments` are read from here. */
  dir: string;
  /** `neo4j-admin database import full` options, e.g. csvImportArguments() of the CSV writer. */
  arguments: readonly string[];
  database?: string;
  /** The importer's JVM heap; it keeps most of its data off-heap. Default: the JVM's choice. */
  heap?: string;
  /** Each line the importer prints (progress, then a summary). */
  log?: (line: string) => void;
}

export interface ImportCsvResult {
  seconds: number;
  /** The importer's own output, also in `<home>/logs/import.log`. */
  output: string;
}

/**
 * Runs `neo4j-admin database import full` from the Maven-resolved Neo4j (the import tool is on
 * the server's class path: org.neo4j:neo4j-import-tool) into the database of a local server's
 * folder. The server must be stopped; a fresh folder works too (its first start then sets the
 * password and finds the imported database). Migrations are applied after the start, as always.
 */
export async function importCsv(options: ImportCsvOptions): Promise<ImportCsvResult> {
  const paths = serverPaths(path.resolve(options.home));
  const running = findRunningServer(paths.home);
  if (running) {
    throw new Error(
      `Neo4j is running from ${paths.home} (pid ${running.pid}); stop it before importing (kg neo4j stop)`,
    );
  }
  if (!existsSync(options.dir)) throw new Error(`No CSV folder at ${options.dir}`);
  const java = findJava();
  const distribution = resolveNeo4jDistribution(options.cacheDir, options.log);
  // The Bolt port is irrelevant to the importer; the next start rewrites the file with its own.
  writeNeo4jConf(paths, { boltPort: 0, heap: options.heap ?? '1g', pageCache: '64m' });
  writeJvmArgs(paths, distribution.classpath, options.heap);
  mkdirSync(paths.logs, { recursive: true });
  const logFile = path.join(paths.logs, 'import.log');
  const args = [
    `@${paths.jvmArgs}`,
    ADMIN_TOOL,
    'database',
    'import',
    'full',
    ...options.arguments,
    `--report-file=${path.join(paths.logs, 'import.report')}`,
    options.database ?? 'neo4j',
  ];
  const started = Date.now();
  const child = spawn(java, args, {
    cwd: options.dir,
    env: adminEnv(paths),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  const chunks: string[] = [];
  let pending = '';
  const take = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.write(text);
    chunks.push(text);
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.log?.(line);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const [code] = (await once(child, 'close')) as [number | null];
  log.end();
  if (pending) options.log?.(pending);
  const output = chunks.join('');
  if (code !== 0) {
    const report = path.join(paths.logs, 'import.report');
    const bad = existsSync(report) ? readFileSync(report, 'utf8').trim().slice(0, 2_000) : '';
    const tail = output.trim().split('\n').slice(-25).join('\n');
    throw new Error(
      `neo4j-admin database import full failed (exit ${code}) for ${options.dir}:\n${tail}` +
        (bad ? `\n--- ${report}\n${bad}` : ''),
    );
  }
  return { seconds: (Date.now() - started) / 1000, output };
}
