import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMaven, MissingPrerequisiteError } from './prerequisites.ts';

const POM = fileURLToPath(new URL('./pom.xml', import.meta.url));

export interface Neo4jDistribution {
  version: string;
  /** Jars of the Community server, in Maven's local repository (never in git). */
  classpath: string[];
}

function neo4jVersion(pom: string): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${POM} does not declare <neo4j.version>`);
  return match[1];
}

/**
 * Resolves the Neo4j server jars with Maven (downloading them on first use) and returns the class
 * path. The answer is cached under `cacheDir`, keyed by the pom's checksum, so later starts do
 * not run Maven at all unless a jar went missing.
 */
export function resolveNeo4jDistribution(
  cacheDir: string,
  log: (line: string) => void = () => {},
): Neo4jDistribution {
  const pom = readFileSync(POM, 'utf8');
  const version = neo4jVersion(pom);
  const digest = createHash('sha256').update(pom).digest('hex').slice(0, 12);
  const cacheFile = path.join(cacheDir, `neo4j-${version}-${digest}.classpath`);
  if (existsSync(cacheFile)) {
    const classpath = readFileSync(cacheFile, 'utf8').trim().split(path.delimiter);
    if (classpath.every((jar) => existsSync(jar))) return { version, classpath };
  }
  const mvn = findMaven();
  mkdirSync(cacheDir, { recursive: true });
  log(`Resolving Neo4j ${version} with Maven (first run downloads about 150 MB of jars)…`);
  const outputFile = `${cacheFile}.tmp`;
  const result = spawnSync(
    mvn,
    ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0 || !existsSync(outputFile)) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(-15)
      .join('\n');
    throw new MissingPrerequisiteError(
      `Maven could not resolve org.neo4j:neo4j:${version} (exit ${result.status}). Is Maven Central reachable?\n${output}`,
    );
  }
  const classpath = readFileSync(outputFile, 'utf8').trim();
  writeFileSync(cacheFile, classpath);
  return { version, classpath: classpath.split(path.delimiter) };
}
