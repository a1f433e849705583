import { z } from 'zod';
import { kgHome } from './project-paths.ts';

/**
 * Every setting the product reads, validated once. Nothing else reads process.env: modules get
 * the parts of this object they need as arguments.
 */
const configSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\//,
      'must start with bolt://, neo4j://, bolt+s:// or neo4j+s://',
    )
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** Folder for the local Neo4j server, its credentials and caches. */
  KG_HOME: z.string().optional(),
  /** Heap for a local Neo4j started by the project. */
  KG_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'like 1g or 512m')
    .default('1g'),
  KG_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'like 1g or 512m')
    .default('512m'),
  /** The bearer token mutations require; without it the API is read-only. */
  KG_WRITE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** pino level of the server's JSON logs. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** On SIGTERM, how long in-flight requests may take before their connections are cut. */
  KG_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Seconds an anonymous read's answer is reused; 0 turns the response cache off. */
  KG_RESPONSE_CACHE_TTL_S: z.coerce.number().min(0).default(0),
  /**
   * Seconds between the server's checks that papers' stored similarity weights are current
   * (recomputed once writes have stopped for a check; until then `similar` is exact but
   * slower); 0 turns checks off.
   */
  KG_SIMILARITY_REFRESH_S: z.coerce.number().min(0).default(10),
  /** Browser origins allowed to call the API cross-origin, comma-separated; none by default. */
  KG_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^https?:\/\/[^/\s]+$/, 'each must be an origin like https://host:port'),
      ),
    ),
  /** Introspection and GraphiQL; off by default when NODE_ENV is production. */
  KG_INTROSPECTION: z.enum(['true', 'false']).optional(),
  NODE_ENV: z.string().optional(),
});

/** Every setting's name, for the documentation check (docs/configuration.md). */
export const SETTING_NAMES = Object.keys(configSchema.shape);

/** The value each setting takes when it is not set (undefined: none). */
export const settingDefaults = (): Record<string, unknown> => configSchema.parse({});

export interface Config {
  neo4j: { uri?: string; username: string; password?: string; database: string };
  server: {
    host: string;
    port: number;
    writeToken?: string;
    /** Origins whose pages may call the API (CORS); empty: same-origin only. */
    corsOrigins: string[];
    /** Whether the schema may be introspected (and GraphiQL served). */
    introspection: boolean;
  };
  localNeo4j: { home: string; cacheDir: string; heap: string; pageCache: string };
  operations: {
    logLevel: LogLevel;
    shutdownTimeoutMs: number;
    responseCacheTtlMs: number;
    /** 0: the server never refreshes similarity weights itself. */
    similarityRefreshMs: number;
  };
}

export type LogLevel = z.infer<typeof configSchema>['LOG_LEVEL'];

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Reads the environment and reports every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  // Checks across settings run even when a setting is malformed, so that one run lists them all.
  const problems = [
    ...(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []),
    ...(env.NEO4J_URI && env.NEO4J_PASSWORD === undefined
      ? ['NEO4J_PASSWORD: required when NEO4J_URI is set']
      : []),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const values = parsed.data;
  const home = kgHome(values.KG_HOME);
  return {
    neo4j: {
      uri: values.NEO4J_URI,
      username: values.NEO4J_USERNAME,
      password: values.NEO4J_PASSWORD,
      database: values.NEO4J_DATABASE,
    },
    server: {
      host: values.HOST,
      port: values.PORT,
      writeToken: values.KG_WRITE_TOKEN,
      corsOrigins: values.KG_CORS_ORIGINS,
      introspection:
        (values.KG_INTROSPECTION ?? String(values.NODE_ENV !== 'production')) === 'true',
    },
    localNeo4j: {
      home: `${home}/neo4j`,
      cacheDir: `${home}/cache`,
      heap: values.KG_NEO4J_HEAP,
      pageCache: values.KG_NEO4J_PAGECACHE,
    },
    operations: {
      logLevel: values.LOG_LEVEL,
      shutdownTimeoutMs: values.KG_SHUTDOWN_TIMEOUT_MS,
      responseCacheTtlMs: values.KG_RESPONSE_CACHE_TTL_S * 1000,
      similarityRefreshMs: values.KG_SIMILARITY_REFRESH_S * 1000,
    },
  };
}
