/** The API benchmark's figures as Markdown: latencies per layer, then the checks and targets. */
import type { CaseResult, Latency } from './api-measure.ts';

export const TARGETS = { p50: 10, p99: 50, ratio: 1.3 };

const ms = (value: number) => value.toFixed(1);
const latencyCells = (l: Latency) => [l.p50, l.p90, l.p99, l.max, l.mean].map(ms).join(' | ');
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

function latencyTable(results: CaseResult[]): string {
  const rows = results.flatMap((r) => [
    `| ${r.name} | GraphQL (yoga.fetch) | ${latencyCells(r.graphql)} |`,
    `| | Cypher floor: traversal statement | ${latencyCells(r.floor)} |`,
    `| | Cypher: every statement of the request | ${latencyCells(r.allStatements)} |`,
  ]);
  return [
    '| query | layer | p50 ms | p90 ms | p99 ms | max ms | mean ms |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function checkTable(results: CaseResult[]): string {
  const rows = results.map((r) => {
    const ratio = r.graphql.p50 / r.floor.p50;
    const answers = `${r.errors} / ${r.empty} / ${r.disagree}`;
    const targets = r.targeted
      ? [
          mark(r.graphql.p50 <= TARGETS.p50),
          mark(r.graphql.p99 <= TARGETS.p99),
          mark(ratio <= TARGETS.ratio),
        ]
      : ['(extra)', '(extra)', ratio <= TARGETS.ratio ? '(yes)' : '(no)'];
    return `| ${r.name} | ${r.inputs} × ${r.requests} | ${r.roundTripsPerRequest.toFixed(1)} (${r.statementsPerRequest.toFixed(1)}) | ${answers} | ${ratio.toFixed(2)}× | ${targets.join(' | ')} |`;
  });
  return [
    `| query | inputs × requests | round trips (statements) per request | errors / empty / disagree | GraphQL p50 ÷ floor p50 | p50 ≤ ${TARGETS.p50} ms | p99 ≤ ${TARGETS.p99} ms | ≤ ${TARGETS.ratio}× floor |`,
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Whether a targeted row meets every target; extra rows always do. */
export function meetsTargets(r: CaseResult): boolean {
  if (!r.targeted) return true;
  const ratio = r.graphql.p50 / r.floor.p50;
  return r.graphql.p50 <= TARGETS.p50 && r.graphql.p99 <= TARGETS.p99 && ratio <= TARGETS.ratio;
}

export function markdownReport(
  header: string[],
  results: CaseResult[],
  profiles: string[] = [],
): string {
  const errors = results
    .filter((r) => r.firstError)
    .map((r) => `- ${r.name}, first error: ${r.firstError}`);
  return [
    ...header,
    '',
    latencyTable(results),
    '',
    checkTable(results),
    ...(errors.length ? ['', ...errors] : []),
    ...(profiles.length ? ['', ...profiles] : []),
    '',
  ].join('\n');
}
