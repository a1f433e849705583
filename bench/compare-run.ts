/**
 * One corpus size of the side-by-side benchmark: every query's answers checked equal on the
 * three sides (this server, @neo4j/graphql, the floor statement) for every sampled input, then
 * timed at each concurrency in rounds whose side order rotates, so that the load other
 * processes put on the machine falls on all three alike. A row whose answers differ is not
 * timed: it fails, with the first differing input in the report.
 */
import type { Driver } from 'neo4j-driver';
import type { QueryRegistry } from '../src/graph/cypher.ts';
import { type MeasureContext, recordStatements, type Statement } from './api-measure.ts';
import type { BenchCase } from './api-queries.ts';
import type { CompareCase } from './compare-cases.ts';
import {
  type CellResult,
  cpuMs,
  floorCell,
  httpCell,
  mergeCells,
  postGraphQL,
  type RunningServer,
  type Side,
} from './compare-measure.ts';
import { floorRead } from './floor-read.ts';

export interface TimedCells {
  concurrency: number;
  ours: CellResult;
  ng: CellResult;
  floor: CellResult;
}

export interface RowResult {
  name: string;
  nested: boolean;
  /** The request that reads nothing (`CompareCase.baseline`): held to no target. */
  baseline?: boolean;
  inputs: number;
  /** Inputs whose (equal) answer is empty. */
  empty: number;
  /** Why the answers differ; a failed row is not timed. */
  failure?: string;
  /** Statements this server sends per request (mean over a few inputs). */
  statementsPerRequest: number;
  /** Round trips that carry them (statements of one turn go together); absent in old reports. */
  roundTripsPerRequest?: number;
  cells: TimedCells[];
}

export interface RunContext {
  ours: RunningServer;
  ng: RunningServer;
  driver: Driver;
  database: string;
  /** Floor statements: `cypher/queries/` names, and `floor-*` from `bench/cypher/`. */
  queries: QueryRegistry;
  benchQueries: QueryRegistry;
  /** In-process server with a recording gateway, to count and profile our statements. */
  measure: MeasureContext;
  /** Neo4j's pid when the benchmark started it: its CPU per request goes in the report. */
  neo4jPid?: number;
  concurrencies: number[];
  seconds: number;
  rounds: number;
  log: (line: string) => void;
}

const floorText = (context: RunContext, name: string) =>
  name.startsWith('floor-') ? context.benchQueries.text(name) : context.queries.text(name);

const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}…` : text);

/** The cause of the first disagreement, or undefined when all inputs agree; counts empties. */
async function check(
  context: RunContext,
  benchCase: CompareCase,
): Promise<{ failure?: string; empty: number }> {
  const emptyAnswer = JSON.stringify(benchCase.ours.answer({}));
  const statement = floorText(context, benchCase.floor.statement);
  let empty = 0;
  for (const input of benchCase.inputs) {
    const [ours, ng, floor] = await Promise.all([
      postGraphQL(context.ours.url, benchCase.ours.document, input.ours),
      postGraphQL(context.ng.url, benchCase.ng.document, input.ng),
      floorRead(context.driver, statement, input.floor, context.database),
    ]);
    const where = `input ${JSON.stringify(input.ours)}`;
    for (const [side, answer] of [
      ['this server', ours],
      ['@neo4j/graphql', ng],
    ] as const) {
      if (answer.errors?.length || !answer.data)
        return {
          failure: `${where}: ${side} answered ${clip(JSON.stringify(answer.errors))}`,
          empty,
        };
    }
    const answers = {
      ours: JSON.stringify(benchCase.ours.answer(ours.data ?? {})),
      ng: JSON.stringify(benchCase.ng.answer(ng.data ?? {})),
      floor: JSON.stringify(benchCase.floor.answer(floor)),
    };
    if (answers.ours !== answers.ng || answers.ours !== answers.floor) {
      return {
        failure: `${where}: answers differ. this server ${clip(answers.ours)}; @neo4j/graphql ${clip(answers.ng)}; floor ${clip(answers.floor)}`,
        empty,
      };
    }
    if (answers.ours === emptyAnswer) empty++;
  }
  return { empty };
}

/** Our statements and round trips per request, from the in-process server on the first few inputs. */
async function statementsPerRequest(context: RunContext, benchCase: CompareCase) {
  const recorded = await recordStatements(context.measure, asBenchCase(benchCase, 5));
  const mean = (count: (statements: Statement[]) => number) =>
    recorded.reduce((sum, statements) => sum + count(statements), 0) / recorded.length;
  return {
    statementsPerRequest: mean((statements) => statements.length),
    roundTripsPerRequest: mean((statements) => new Set(statements.map((s) => s.trip)).size),
  };
}

/** Our side of a row in the shape `api-profile.ts` and `recordStatements` take. */
export function asBenchCase(benchCase: CompareCase, inputs: number): BenchCase {
  return {
    name: benchCase.name,
    targeted: true,
    document: benchCase.ours.document,
    inputs: benchCase.inputs.slice(0, inputs).map((input) => input.ours),
    traversal: '',
    answerSize: () => 0,
    floorSize: () => 0,
  };
}

async function time(
  context: RunContext,
  benchCase: CompareCase,
  concurrency: number,
  seconds: number,
): Promise<Record<Side, CellResult>> {
  const body = (document: string, variables: unknown) =>
    JSON.stringify({ query: document, variables });
  const oursBodies = benchCase.inputs.map((input) => body(benchCase.ours.document, input.ours));
  const ngBodies = benchCase.inputs.map((input) => body(benchCase.ng.document, input.ng));
  const statement = floorText(context, benchCase.floor.statement);
  const params = benchCase.inputs.map((input) => input.floor);
  const cells: Record<Side, CellResult[]> = { ours: [], ng: [], floor: [] };
  const sides: Side[] = ['ours', 'ng', 'floor'];
  for (let round = 0; round < context.rounds; round++) {
    for (let step = 0; step < sides.length; step++) {
      const side = sides[(round + step) % sides.length] as Side;
      const neo4jBefore = context.neo4jPid === undefined ? 0 : cpuMs(context.neo4jPid);
      const cell =
        side === 'floor'
          ? await floorCell(
              context.driver,
              statement,
              params,
              concurrency,
              seconds,
              context.database,
            )
          : await httpCell(
              context[side],
              side === 'ours' ? oursBodies : ngBodies,
              concurrency,
              seconds,
            );
      // Cells run one at a time, so Neo4j's CPU over a cell is that side's alone.
      if (context.neo4jPid !== undefined)
        cell.neo4jCpuMsPerRequest =
          (cpuMs(context.neo4jPid) - neo4jBefore) / Math.max(1, cell.requests);
      cells[side].push(cell);
    }
  }
  return {
    ours: mergeCells(cells.ours),
    ng: mergeCells(cells.ng),
    floor: mergeCells(cells.floor),
  };
}

export async function runCase(context: RunContext, benchCase: CompareCase): Promise<RowResult> {
  const { log } = context;
  const row: RowResult = {
    name: benchCase.name,
    nested: benchCase.nested,
    ...(benchCase.baseline ? { baseline: true } : {}),
    inputs: benchCase.inputs.length,
    empty: 0,
    ...(await statementsPerRequest(context, benchCase)),
    cells: [],
  };
  const { failure, empty } = await check(context, benchCase);
  row.empty = empty;
  if (failure) {
    log(`  ${benchCase.name}: FAILED the answer check: ${failure}`);
    return { ...row, failure };
  }
  log(`  ${benchCase.name}: answers equal on ${row.inputs} inputs (${empty} empty)`);
  // Warm-up: JIT, plan caches and page cache for all three sides, not timed.
  await time(context, benchCase, 1, 0.5);
  for (const concurrency of context.concurrencies) {
    const seconds = context.seconds / context.rounds;
    const cells = await time(context, benchCase, concurrency, seconds);
    row.cells.push({ concurrency, ...cells });
    const p50 = (side: Side) => cells[side].latency.p50.toFixed(1);
    log(
      `  ${benchCase.name} @${concurrency}: p50 ours ${p50('ours')} ms, ng ${p50('ng')} ms, floor ${p50('floor')} ms`,
    );
  }
  return row;
}
