/**
 * Stages the Neo4j server part of the local neo4j:5.26-community stand-in into a build context:
 * the same Maven-resolved jars and JVM options that `kg neo4j start` and the tests use (one
 * source for both), under the paths the image expects. Prints the Neo4j version.
 *
 *   npx tsx images/neo4j/stage-server.ts <context-dir>
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { resolveNeo4jDistribution } from '../../src/neo4j-local/maven-classpath.ts';
import { serverPaths, writeJvmArgs } from '../../src/neo4j-local/server-files.ts';
import { kgHome } from '../../src/project-paths.ts';

/** Where the image keeps Neo4j, as the official image does. */
const IMAGE_HOME = '/var/lib/neo4j';

const context = process.argv[2];
if (!context) {
  process.stderr.write('usage: stage-server.ts <context-dir>\n');
  process.exit(2);
}
const distribution = resolveNeo4jDistribution(path.join(kgHome(), 'cache'), (line) =>
  process.stderr.write(`${line}\n`),
);
const lib = path.join(context, 'lib');
mkdirSync(lib, { recursive: true });
for (const jar of distribution.classpath) copyFileSync(jar, path.join(lib, path.basename(jar)));
// The file is written into the context but names the jars where the image will hold them.
const paths = serverPaths(context);
mkdirSync(paths.conf, { recursive: true });
writeJvmArgs(paths, [`${IMAGE_HOME}/lib/*`]);
process.stdout.write(`${distribution.version}\n`);
