import neo4j, {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  Neo4jError,
  type Session,
} from 'neo4j-driver';
import { AppError, unavailable } from '../domain/errors.ts';
import { combineStatements, splitCombined } from './combined-statement.ts';
import type { QueryRegistry } from './cypher.ts';

export type Row = Record<string, unknown>;

/** What the stores need of the gateway: named read statements. `Graph` and `ReadBatch` provide it. */
export interface GraphReader {
  read(name: string, params?: Row): Promise<Row[]>;
}

export interface GraphOptions {
  database: string;
  /** Server-side limit for every transaction this gateway runs. */
  timeoutMs?: number;
  /**
   * How long a read that failed on a transient error (a leader switch, a lost server) is retried,
   * as the driver retries managed transactions; the driver's `maxTransactionRetryTime`.
   */
  retryTimeMs?: number;
  /** Called once per statement sent, e.g. to count round trips in tests or metrics. */
  onQuery?: (name: string, mode: 'read' | 'write') => void;
  /** Called when a statement's result has arrived (or it failed), with its round-trip time. */
  onQueryEnd?: (name: string, mode: 'read' | 'write', seconds: number, ok: boolean) => void;
  /**
   * Called with the number of sessions open at once whenever it changes. The driver does not
   * publish its pool's use; each open session holds at most one pooled connection, so this is
   * the number of connections this gateway has borrowed.
   */
  onSessionsOpen?: (open: number) => void;
}

// Driver error codes that mean "the database is not reachable right now", not "the query is wrong".
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Maps driver failures to the project's errors, in exactly one place. */
export function toAppError(error: unknown, queryName: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.retryable)) {
    return unavailable('The graph database is unavailable; try again shortly.', error);
  }
  return new AppError('INTERNAL', `Query ${queryName} failed`, { cause: error });
}

const RETRY_FIRST_DELAY_MS = 100;

/**
 * Runs `attempt` again after errors the driver marks retryable, with doubling, jittered delays,
 * until `retryTimeMs` has passed since the first try: the policy of the driver's managed
 * transactions, for the auto-commit reads that do not get it from the driver.
 */
export async function retryTransient<T>(
  retryTimeMs: number,
  attempt: () => Promise<T>,
): Promise<T> {
  const deadline = performance.now() + retryTimeMs;
  for (let delay = RETRY_FIRST_DELAY_MS; ; delay *= 2) {
    try {
      return await attempt();
    } catch (error) {
      const wait = delay * (0.8 + Math.random() * 0.4);
      if (!isRetryableError(error) || performance.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * The one gateway to the driver: names the database, routes reads and writes, tags transactions
 * with the query name, bounds them with a timeout, and maps errors.
 */
export class Graph implements GraphReader {
  /**
   * Shared by every session of this gateway: each transaction waits for the bookmarks of the
   * ones committed before it, so a read that follows a write (ingestPapers, then a query) sees
   * that write even when a cluster routes it to a secondary that has not caught up yet.
   */
  readonly bookmarks = neo4j.bookmarkManager();
  private openSessions = 0;
  private readonly columns = new Map<string, Promise<string[]>>();

  constructor(
    readonly driver: Driver,
    private readonly queries: QueryRegistry,
    private readonly options: GraphOptions,
  ) {}

  private config(name: string) {
    return {
      database: this.options.database,
      timeout: this.options.timeoutMs ?? 30_000,
      metadata: { app: 'paper-graph', query: name },
    };
  }

  private openSession(mode: 'read' | 'write'): Session {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    this.options.onSessionsOpen?.(++this.openSessions);
    return session;
  }

  private async closeSession(session: Session): Promise<void> {
    await session.close();
    this.options.onSessionsOpen?.(--this.openSessions);
  }

  private async run<T>(
    mode: 'read' | 'write',
    name: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.openSession(mode);
    try {
      const config = this.config(name);
      return mode === 'read'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw toAppError(error, name);
    } finally {
      await this.closeSession(session);
    }
  }

  private async runNamed(
    tx: ManagedTransaction,
    mode: 'read' | 'write',
    name: string,
    params: Row,
  ): Promise<Row[]> {
    const text = this.queries.text(name);
    this.options.onQuery?.(name, mode);
    const started = performance.now();
    let ok = false;
    try {
      const result = await tx.run(text, params);
      ok = true;
      return result.records.map((record) => record.toObject());
    } finally {
      this.options.onQueryEnd?.(name, mode, (performance.now() - started) / 1000, ok);
    }
  }

  /**
   * Read statements as one auto-commit transaction in a READ session: routed to a reader and
   * bookmarked like a managed read, but sent as one RUN+PULL message where `executeRead` adds a
   * BEGIN and a COMMIT, each its own socket write; a request sends several statements, so those
   * writes were a large part of its server CPU (docs/performance.md). Retried on transient
   * errors like a managed transaction; a read is always safe to repeat. `names` are the query
   * files the text carries (several when combined), for the hooks and the error.
   */
  private async autoCommitRead(names: string[], text: string, params: Row): Promise<Row[]> {
    const label = names.join(' + ');
    const session = this.openSession('read');
    try {
      return await retryTransient(this.options.retryTimeMs ?? 0, async () => {
        for (const name of names) this.options.onQuery?.(name, 'read');
        const started = performance.now();
        let ok = false;
        try {
          const result = await session.run(text, params, this.config(label));
          ok = true;
          return result.records.map((record) => record.toObject());
        } finally {
          const seconds = (performance.now() - started) / 1000;
          for (const name of names) this.options.onQueryEnd?.(name, 'read', seconds, ok);
        }
      });
    } catch (error) {
      throw toAppError(error, label);
    } finally {
      await this.closeSession(session);
    }
  }

  /** A statement's result columns, asked of the server once (EXPLAIN runs nothing). */
  private columnsOf(name: string): Promise<string[]> {
    let columns = this.columns.get(name);
    if (!columns) {
      const explain = `EXPLAIN ${this.queries.text(name)}`;
      columns = this.driver
        .executeQuery(explain, {}, { database: this.options.database, routing: 'READ' })
        .then((result) => result.keys as string[]);
      // A failure is not cached: the next combined read asks again.
      columns.catch(() => this.columns.delete(name));
      this.columns.set(name, columns);
    }
    return columns;
  }

  /** Runs `cypher/queries/<name>.cypher` in a read transaction. */
  read(name: string, params: Row = {}): Promise<Row[]> {
    return this.autoCommitRead([name], this.queries.text(name), params);
  }

  /**
   * Runs independent read statements as one combined statement (see combined-statement.ts): one
   * round trip and one transaction where each would take its own. Returns each one's rows.
   */
  async readTogether(statements: readonly { name: string; params: Row }[]): Promise<Row[][]> {
    const columns = await Promise.all(statements.map(({ name }) => this.columnsOf(name)));
    const combined = combineStatements(
      statements.map(({ name, params }, index) => ({
        text: this.queries.text(name),
        columns: columns[index] as string[],
        params,
      })),
    );
    const names = statements.map(({ name }) => name);
    const rows = await this.autoCommitRead(names, combined.text, combined.params);
    return splitCombined(rows[0], statements.length);
  }

  /** Runs `cypher/queries/<name>.cypher` in a write transaction. */
  write(name: string, params: Row = {}): Promise<Row[]> {
    return this.run('write', name, (tx) => this.runNamed(tx, 'write', name, params));
  }

  /**
   * Runs several statements in one write transaction: all of them are committed, or none. The
   * driver retries the whole function on transient errors, so `work` must be safe to repeat.
   */
  writeTransaction<T>(
    label: string,
    work: (step: (name: string, params?: Row) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> {
    return this.run('write', label, (tx) =>
      work((name, params = {}) => this.runNamed(tx, 'write', name, params)),
    );
  }

  /** Whether the database answers a trivial read within `timeoutMs`; never throws. */
  async ping(timeoutMs = 1_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answer = this.driver
      .executeQuery(
        'RETURN 1',
        {},
        // Reachability only: no bookmarks, so a lagging secondary does not make it wait.
        { database: this.options.database, routing: 'READ', bookmarkManager: null },
      )
      .then(
        () => true,
        () => false,
      );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
