import { AppError } from '../domain/errors.ts';
import type { Graph, GraphReader, Row } from './run.ts';

interface Pending {
  name: string;
  params: Row;
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

/**
 * One request's reads: the statements asked for in the same turn of the event loop (the
 * DataLoader batches of one level of the query, a root lookup and the child loaders it
 * prefetches) are sent as one combined statement, so a request makes one round trip per level
 * of its shape instead of one per statement. Each round trip costs a few socket writes and a
 * transaction on both sides; for the nested queries of docs/benchmarks.md that cost was most of
 * the server's time. A statement alone in its turn is sent as it is.
 */
export class ReadBatch implements GraphReader {
  private pending: Pending[] = [];

  constructor(private readonly graph: Graph) {}

  read(name: string, params: Row = {}): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      // setImmediate runs after every promise job and nextTick of this turn: every DataLoader
      // that dispatches in this turn has asked by then.
      if (this.pending.push({ name, params, resolve, reject }) === 1) {
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 1) {
      this.readAlone(batch[0] as Pending);
      return;
    }
    this.graph.readTogether(batch).then(
      (results) => {
        for (const [index, statement] of batch.entries()) {
          statement.resolve(results[index] as Row[]);
        }
      },
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'UNAVAILABLE') {
          for (const statement of batch) statement.reject(error);
          return;
        }
        // One failing statement must not fail its siblings' fields: each again on its own,
        // so that only the field whose statement fails reports an error.
        for (const statement of batch) this.readAlone(statement);
      },
    );
  }

  private readAlone(statement: Pending): void {
    this.graph.read(statement.name, statement.params).then(statement.resolve, statement.reject);
  }
}
