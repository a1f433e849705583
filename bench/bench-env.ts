/** What every benchmark report states about where it ran: time-stamped progress, load, versions. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../src/project-paths.ts';

/** Progress on stderr, so that stdout carries only the report. */
export const log = (line: string) =>
  console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The 1, 5 and 15 minute load averages. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} CPUs (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; Node ${process.version}`;
}

export async function neo4jVersion(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    {},
    { database },
  );
  return `${records[0]?.get('version')} ${records[0]?.get('edition')}`;
}

/** The installed version of a dependency, from its package.json (not every package exports it). */
export function packageVersion(name: string): string {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
