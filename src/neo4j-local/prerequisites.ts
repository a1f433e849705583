import { spawnSync } from 'node:child_process';

/** Raised when the machine lacks what a local Neo4j needs; the message says what to install or set. */
export class MissingPrerequisiteError extends Error {
  override name = 'MissingPrerequisiteError';
}

const HOW_TO_GET_NEO4J = [
  'Choose one of:',
  '  - set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to a running Neo4j 5.26 server;',
  '  - start a Docker engine (the tests then use Testcontainers, `docker compose up` runs the product);',
  '  - install Java 17+ and Maven (Debian: `apt-get install openjdk-17-jre-headless maven`) so that',
  '    `npx kg neo4j start` can run Neo4j 5.26 Community from Maven Central artifacts.',
].join('\n');

function javaMajorVersion(javaBin: string): number | undefined {
  const result = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return undefined;
  const major = Number(match[1]);
  // Java 8 and older report "1.8".
  return major === 1 ? Number(match[2]) : major;
}

/** The java binary to use: $JAVA_HOME/bin/java when set, else the one on PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const javaBin = env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java';
  const major = javaMajorVersion(javaBin);
  if (major === undefined) {
    throw new MissingPrerequisiteError(
      `No Java runtime found (tried \`${javaBin}\`).\n${HOW_TO_GET_NEO4J}`,
    );
  }
  // Neo4j 5.26 runs on Java 17 and 21.
  if (major < 17) {
    throw new MissingPrerequisiteError(
      `Java ${major} found at \`${javaBin}\`; Neo4j 5.26 needs Java 17 or 21.\n${HOW_TO_GET_NEO4J}`,
    );
  }
  return javaBin;
}

export function findMaven(): string {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingPrerequisiteError(`Maven (\`mvn\`) is not installed.\n${HOW_TO_GET_NEO4J}`);
  }
  return 'mvn';
}

export { HOW_TO_GET_NEO4J };

/** Whether a local Neo4j can run here (a Java 17+ runtime is present). */
export function hasJava(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    findJava(env);
    return true;
  } catch {
    return false;
  }
}
