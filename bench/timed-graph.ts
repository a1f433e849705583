import { Graph, type Row } from '../src/graph/run.ts';

/**
 * The project's gateway with stopwatches around it, so the benchmark can split the real
 * `ingestPapers` call into its reads, its write transactions and each statement inside them
 * without changing ingest. Everything not spent here is extraction and row building.
 */
export class TimedGraph extends Graph {
  readMs = 0;
  writeMs = 0;
  readonly statementMs = new Map<string, number>();

  reset(): void {
    this.readMs = 0;
    this.writeMs = 0;
    this.statementMs.clear();
  }

  override async read(name: string, params: Row = {}): Promise<Row[]> {
    const started = performance.now();
    try {
      return await super.read(name, params);
    } finally {
      this.readMs += performance.now() - started;
    }
  }

  override async writeTransaction<T>(
    label: string,
    work: (step: (name: string, params?: Row) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    try {
      return await super.writeTransaction(label, (step) =>
        work(async (name, params) => {
          const stepStarted = performance.now();
          try {
            return await step(name, params);
          } finally {
            const elapsed = performance.now() - stepStarted;
            this.statementMs.set(name, (this.statementMs.get(name) ?? 0) + elapsed);
          }
        }),
      );
    } finally {
      this.writeMs += performance.now() - started;
    }
  }
}
