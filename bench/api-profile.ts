/**
 * For a row that misses its target: every statement its GraphQL request sends, run under
 * PROFILE on the loaded graph, with its database hits and the operator that makes most of them.
 * Shows whether the time goes to one statement's plan or to the number of round trips.
 */
import type { ProfiledPlan } from 'neo4j-driver';
import { type MeasureContext, recordStatements } from './api-measure.ts';
import type { BenchCase } from './api-queries.ts';

/** Inputs profiled per row: enough to see the typical plan, few enough to stay quick. */
const PROFILED_INPUTS = 10;

interface OperatorHits {
  dbHits: number;
  /** The Details of the operator instance with the most hits. */
  details: string;
  top: number;
}

function collect(plan: ProfiledPlan, into: Map<string, OperatorHits>): number {
  const entry = into.get(plan.operatorType) ?? { dbHits: 0, details: '', top: -1 };
  entry.dbHits += plan.dbHits;
  if (plan.dbHits > entry.top) {
    entry.top = plan.dbHits;
    entry.details = String(plan.arguments.Details ?? '');
  }
  into.set(plan.operatorType, entry);
  return plan.children.reduce((sum, child) => sum + collect(child, into), plan.dbHits);
}

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export async function profileCase(context: MeasureContext, benchCase: BenchCase): Promise<string> {
  const inputs = { ...benchCase, inputs: benchCase.inputs.slice(0, PROFILED_INPUTS) };
  const recorded = await recordStatements(context, inputs);
  const byStatement = new Map<string, { total: number; runs: number }>();
  const operators = new Map<string, Map<string, OperatorHits>>();
  for (const statements of recorded) {
    for (const { name, params } of statements) {
      const { summary } = await context.driver.executeQuery(
        `PROFILE ${context.queries.text(name)}`,
        params,
        { database: context.database },
      );
      const ops = operators.get(name) ?? new Map<string, OperatorHits>();
      operators.set(name, ops);
      const hits = summary.profile ? collect(summary.profile, ops) : 0;
      const entry = byStatement.get(name) ?? { total: 0, runs: 0 };
      entry.total += hits;
      entry.runs++;
      byStatement.set(name, entry);
    }
  }
  const rows = [...byStatement].map(([name, { total, runs }]) => {
    const [operator, top] = [...(operators.get(name) ?? [])].sort(
      (a, b) => b[1].dbHits - a[1].dbHits,
    )[0] ?? ['-', { dbHits: 0, details: '' }];
    const share = total > 0 ? Math.round((100 * top.dbHits) / total) : 0;
    return `| ${benchCase.name} | ${name} | ${Math.round(total / runs).toLocaleString('en')} | ${operator.replace('@neo4j', '')} (${share}%): \`${clip(top.details)}\` |`;
  });
  return rows.join('\n');
}

export const PROFILE_HEADER = [
  `PROFILE of every statement the request sends, mean over the first ${PROFILED_INPUTS} inputs, for rows that miss a target:`,
  '',
  '| query | statement | db hits per run | operator with most db hits (share): details |',
  '|---|---|---|---|',
];
