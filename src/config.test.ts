import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTING_NAMES, settingDefaults } from './config.ts';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: undefined,
      username: 'neo4j',
      password: undefined,
      database: 'neo4j',
    });
    expect(config.server).toEqual({
      host: '127.0.0.1',
      port: 4000,
      corsOrigins: [],
      introspection: true,
    });
    expect(config.localNeo4j.home).toMatch(/\.kg\/neo4j$/);
  });

  it('accepts routing neo4j:// URIs as well as bolt://', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'x' }).neo4j.uri).toBe(
      'neo4j://db:7687',
    );
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        NEO4J_URI: 'http://db',
        PORT: 'eighty',
        KG_NEO4J_HEAP: 'lots',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual([
        'NEO4J_URI',
        'PORT',
        'KG_NEO4J_HEAP',
        'LOG_LEVEL',
        // Checked across settings, and still listed although the others failed.
        'NEO4J_PASSWORD',
      ]);
    }
  });

  it('reads CORS origins as a list and turns introspection off in production unless asked for', () => {
    const server = (env: NodeJS.ProcessEnv) => loadConfig(env).server;
    expect(
      server({ KG_CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(server({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(server({ NODE_ENV: 'production', KG_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(server({ KG_INTROSPECTION: 'false' }).introspection).toBe(false);
    expect(() => loadConfig({ KG_CORS_ORIGINS: 'https://a.example/path' })).toThrow(
      /KG_CORS_ORIGINS.0: each must be an origin/,
    );
  });

  it('requires a password with a URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(
      /NEO4J_PASSWORD: required when NEO4J_URI is set/,
    );
  });
});

describe('docs/configuration.md', () => {
  const doc = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
  const defaults = settingDefaults();

  it.each(SETTING_NAMES)('documents %s with its default', (name) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row, `no row for ${name}`).toBeDefined();
    const defaultCell = row?.split('|')[2] ?? '';
    const value = defaults[name];
    // A setting without a schema default says what happens when it is unset ("none: …", a path).
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      expect(defaultCell.trim()).not.toBe('');
    } else expect(defaultCell).toContain(`\`${String(value)}\``);
  });
});
