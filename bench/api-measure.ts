/**
 * One row of the API benchmark: the same inputs asked end to end through `yoga.fetch` (one client,
 * sequential requests, no socket) and as the bare statements the stores send, run directly with
 * the driver. The bare statements are recorded from the GraphQL requests themselves, so the floor
 * has exactly the parameters the store sends. The three kinds of request take turns, so that
 * noise from other processes falls on all of them alike.
 */
import type { Driver } from 'neo4j-driver';
import type { QueryRegistry } from '../src/graph/cypher.ts';
import { Graph, type Row } from '../src/graph/run.ts';
import type { createYogaServer } from '../src/server/yoga.ts';
import type { BenchCase } from './api-queries.ts';
import { floorRead } from './floor-read.ts';

export interface Statement {
  name: string;
  params: Row;
  /** The round trip that carried it: statements of one turn share one (src/graph/read-batch.ts). */
  trip?: number;
}

/**
 * The gateway, counting the statements and round trips each GraphQL request sends and recording
 * the statements on demand.
 */
export class RecordingGraph extends Graph {
  statements = 0;
  roundTrips = 0;
  recorded: Statement[] | undefined;

  override read(name: string, params: Row = {}): Promise<Row[]> {
    this.note([{ name, params }]);
    return super.read(name, params);
  }

  override readTogether(statements: readonly Statement[]): Promise<Row[][]> {
    this.note(statements);
    return super.readTogether(statements);
  }

  private note(statements: readonly Statement[]): void {
    this.statements += statements.length;
    const trip = ++this.roundTrips;
    for (const { name, params } of statements) this.recorded?.push({ name, params, trip });
  }
}

export interface Latency {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export interface CaseResult {
  name: string;
  targeted: boolean;
  inputs: number;
  requests: number;
  graphql: Latency;
  /** The traversal statement alone. */
  floor: Latency;
  /** Every statement the request sends (lookups and loaders too), one after another. */
  allStatements: Latency;
  statementsPerRequest: number;
  roundTripsPerRequest: number;
  errors: number;
  /** Answers with no items, from GraphQL or from the floor. */
  empty: number;
  /** Requests where GraphQL and the floor disagree on the number of items. */
  disagree: number;
  firstError?: string;
}

export interface MeasureContext {
  yoga: ReturnType<typeof createYogaServer>;
  graph: RecordingGraph;
  driver: Driver;
  queries: QueryRegistry;
  database: string;
  requests: number;
  warmUp: number;
  log: (line: string) => void;
}

/** Nearest-rank percentiles, in milliseconds. */
export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    p50: rank(50),
    p90: rank(90),
    p99: rank(99),
    max: sorted.at(-1) ?? 0,
    mean: sum / Math.max(1, sorted.length),
  };
}

interface Answer {
  data?: Record<string, unknown>;
  errors?: { message: string }[];
}

async function ask(context: MeasureContext, document: string, variables: Record<string, unknown>) {
  const response = await context.yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  return (await response.json()) as Answer;
}

async function runBare(context: MeasureContext, statement: Statement): Promise<Row[]> {
  return floorRead(
    context.driver,
    context.queries.text(statement.name),
    statement.params,
    context.database,
  );
}

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
};

/** The statements each input's GraphQL request sends, from one recorded request per input. */
export async function recordStatements(
  context: MeasureContext,
  benchCase: BenchCase,
): Promise<Statement[][]> {
  const recorded: Statement[][] = [];
  for (const input of benchCase.inputs) {
    context.graph.recorded = [];
    await ask(context, benchCase.document, input);
    const statements = context.graph.recorded;
    // An empty traversal names no statement to insist on (the side-by-side bench's own rows).
    if (
      benchCase.traversal &&
      !statements.some((statement) => statement.name === benchCase.traversal)
    ) {
      throw new Error(`${benchCase.name}: ${JSON.stringify(input)} sent no ${benchCase.traversal}`);
    }
    recorded.push(statements);
  }
  context.graph.recorded = undefined;
  return recorded;
}

export async function measureCase(
  context: MeasureContext,
  benchCase: BenchCase,
): Promise<CaseResult> {
  const recorded = await recordStatements(context, benchCase);
  const times = { graphql: [] as number[], floor: [] as number[], all: [] as number[] };
  const result = { errors: 0, empty: 0, disagree: 0, statements: 0, roundTrips: 0, firstError: '' };
  const total = context.warmUp + context.requests;
  for (let i = 0; i < total; i++) {
    const index = i % benchCase.inputs.length;
    const statements = recorded[index] as Statement[];
    const traversal = statements.find((s) => s.name === benchCase.traversal) as Statement;
    const measured = i >= context.warmUp;
    let answerSize = -1;
    let floorSize = -1;
    const steps = [
      async () => {
        const before = context.graph.statements;
        const tripsBefore = context.graph.roundTrips;
        const [answer, ms] = await timed(() =>
          ask(context, benchCase.document, benchCase.inputs[index] as Record<string, unknown>),
        );
        if (!measured) return;
        times.graphql.push(ms);
        result.statements += context.graph.statements - before;
        result.roundTrips += context.graph.roundTrips - tripsBefore;
        if (answer.errors?.length || !answer.data) {
          result.errors++;
          result.firstError ||= answer.errors?.[0]?.message ?? 'no data';
        } else answerSize = benchCase.answerSize(answer.data);
      },
      async () => {
        const [rows, ms] = await timed(() => runBare(context, traversal));
        if (!measured) return;
        times.floor.push(ms);
        floorSize = benchCase.floorSize(rows);
      },
      async () => {
        const [, ms] = await timed(async () => {
          for (const statement of statements) await runBare(context, statement);
        });
        if (measured) times.all.push(ms);
      },
    ];
    // Rotate which goes first: the first of three meets the coldest caches.
    for (let step = 0; step < steps.length; step++) await steps[(i + step) % steps.length]?.();
    if (!measured) continue;
    if (answerSize === 0 || floorSize === 0) result.empty++;
    if (answerSize >= 0 && answerSize !== floorSize) result.disagree++;
  }
  const measuredCount = context.requests;
  context.log(`  ${benchCase.name}: ${measuredCount} requests, ${result.errors} errors`);
  return {
    name: benchCase.name,
    targeted: benchCase.targeted,
    inputs: benchCase.inputs.length,
    requests: measuredCount,
    graphql: latency(times.graphql),
    floor: latency(times.floor),
    allStatements: latency(times.all),
    statementsPerRequest: result.statements / measuredCount,
    roundTripsPerRequest: result.roundTrips / measuredCount,
    errors: result.errors,
    empty: result.empty,
    disagree: result.disagree,
    ...(result.firstError ? { firstError: result.firstError } : {}),
  };
}
