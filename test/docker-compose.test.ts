import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-paths.ts';

// There is no Docker engine on the build machines: the compose file is checked by parsing it with
// Debian's docker-compose, which needs no engine. CI installs it, so there it must be present.
const hasDockerCompose = spawnSync('docker-compose', ['--version']).status === 0;

describe.runIf(hasDockerCompose || process.env.CI)('docker-compose.yml', () => {
  const config = () =>
    execFileSync('docker-compose', ['-f', path.join(projectRoot, 'docker-compose.yml'), 'config'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_PASSWORD: 'from-the-environment' },
    });

  it('is a valid compose file', () => {
    expect(config).not.toThrow();
  });

  it('runs the official Neo4j 5.26 image with a healthcheck and a data volume, and the app after it is healthy', () => {
    const text = config();
    expect(text).toContain('image: neo4j:5.26-community');
    expect(text).toMatch(/healthcheck:[\s\S]*?test:\s+- CMD-SHELL\s+- cypher-shell/);
    expect(text).toMatch(/- neo4j-data:\/data/);
    expect(text).toMatch(/depends_on:\s+neo4j:\s+condition: service_healthy/);
    expect(text).toContain('NEO4J_AUTH: neo4j/from-the-environment');
    expect(text).toContain('NEO4J_PASSWORD: from-the-environment');
  });

  it('publishes ports on loopback only', () => {
    const published = [...config().matchAll(/^\s+- (\S+):(\d+):(\d+)\/tcp$/gm)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(published.sort()).toEqual(['127.0.0.1:4000', '127.0.0.1:7687']);
  });
});
