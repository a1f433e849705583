/**
 * `docs/benchmarks.md` from one run of `npm run bench`: per size, every query's figures on the
 * three sides and the ratios the issue sets targets on, the growth of p50 with the corpus, the
 * ingest of this run, and the profiles of the rows that miss a target.
 */
import { PROFILE_HEADER } from './api-profile.ts';
import type { CellResult } from './compare-measure.ts';
import type { RowResult, TimedCells } from './compare-run.ts';

export interface SizeResult {
  size: number;
  counts: string;
  /** Seconds spent loading the graph in this run; undefined when a kept graph was reused. */
  ingestSeconds?: number;
  /** How it was loaded (ingestPapers or the bulk path, with each step's time). */
  loadedBy?: string;
  /** What making the similarity weights current took before timing (absent in older results). */
  weights?: string;
  loadAtStart: string;
  loadAtEnd: string;
  rows: RowResult[];
  profiles: string[];
}

export const TARGETS = { floorRatio: 1.3, nestedThroughput: 1.5, growth: 2 };

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (a: number, b: number) => `${fixed(a / b, 2)}×`;
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');
const papers = (size: number) => size.toLocaleString('en');

const cellText = (cell: CellResult) =>
  `${fixed(cell.requests / cell.seconds, 0)} · ${fixed(cell.latency.p50)} · ${fixed(cell.latency.p99)}`;

/** Which of the issue's per-query targets a timed cell meets. */
export function targetsMet(row: RowResult, cells: TimedCells) {
  const { ours, ng, floor } = cells;
  const rps = (cell: CellResult) => cell.requests / cell.seconds;
  return {
    p50: ours.latency.p50 <= ng.latency.p50,
    p99: ours.latency.p99 <= ng.latency.p99,
    throughput: !row.nested || rps(ours) >= TARGETS.nestedThroughput * rps(ng),
    floor: ours.latency.p50 <= TARGETS.floorRatio * floor.latency.p50,
  };
}

/** The targets a row misses, with the concurrency at which it misses them. */
export function missedTargets(row: RowResult): string[] {
  if (row.baseline) return [];
  return row.cells.flatMap((cells) => {
    const met = targetsMet(row, cells);
    const at = ` at ${cells.concurrency} client${cells.concurrency > 1 ? 's' : ''}`;
    return [
      met.p50 ? '' : `p50 above @neo4j/graphql's${at}`,
      met.p99 ? '' : `p99 above @neo4j/graphql's${at}`,
      met.throughput ? '' : `under ${TARGETS.nestedThroughput}× its throughput${at}`,
      met.floor ? '' : `p50 over ${TARGETS.floorRatio}× the floor${at}`,
    ].filter(Boolean);
  });
}

/** A row missing a comparison target at any concurrency, which the bench then profiles. */
export const missesTarget = (row: RowResult) => missedTargets(row).length > 0;

/** Per missed row: what it misses and the round trips behind it (profiles follow the list). */
function findings(rows: RowResult[]): string[] {
  const missed = rows.filter((row) => !row.failure && missesTarget(row));
  if (!missed.length) return ['Every query meets every comparison target at this size.'];
  return [
    'Rows that miss a target:',
    '',
    ...missed.map((row) => {
      const roundTrips = row.roundTripsPerRequest ?? row.statementsPerRequest;
      const trips =
        roundTrips > 1.05
          ? `This server makes ${fixed(roundTrips)} round trips per request (${fixed(row.statementsPerRequest)} statements: one per DataLoader batch, those of one turn combined), @neo4j/graphql one`
          : 'This server makes one round trip per request, as @neo4j/graphql does';
      return `- ${row.name}: ${missedTargets(row).join('; ')}. ${trips}.`;
    }),
  ];
}

/** Neo4j's CPU per request on the three sides; a dash where it was not measured (an external Neo4j). */
function neo4jCpu(c: TimedCells): string {
  const sides = [c.ours, c.ng, c.floor].map((cell) => cell.neo4jCpuMsPerRequest);
  return sides.every((value) => value !== undefined)
    ? sides.map((value) => fixed(value as number, 2)).join(' / ')
    : '–';
}

function figuresTable(rows: RowResult[]): string[] {
  const lines = rows.flatMap((row) =>
    row.failure
      ? [`| ${row.name} | – | **answers differ: not timed** | | | | | |`]
      : row.cells.map(
          (c) =>
            `| ${row.name} | ${c.concurrency} | ${cellText(c.ours)} | ${cellText(c.ng)} | ${cellText(c.floor)} | ${fixed(c.ours.cpuMsPerRequest ?? Number.NaN, 2)} / ${fixed(c.ng.cpuMsPerRequest ?? Number.NaN, 2)} | ${neo4jCpu(c)} | ${fixed(c.ours.rssMb ?? Number.NaN, 0)} / ${fixed(c.ng.rssMb ?? Number.NaN, 0)} |`,
        ),
  );
  return [
    '| query | clients | this server: req/s · p50 · p99 ms | @neo4j/graphql: req/s · p50 · p99 ms | floor (driver): req/s · p50 · p99 ms | server CPU ms per request: ours / ng | Neo4j CPU ms per request: ours / ng / floor | server RSS MB: ours / ng |',
    '|---|---|---|---|---|---|---|---|',
    ...lines,
  ];
}

function ratioTable(rows: RowResult[]): string[] {
  const lines = rows.flatMap((row) =>
    row.failure
      ? []
      : row.cells.map((c) => {
          const met = targetsMet(row, c);
          const rps = (cell: CellResult) => cell.requests / cell.seconds;
          const errors = c.ours.errors + c.ng.errors + c.floor.errors;
          const verdicts = row.baseline
            ? '(baseline) | (baseline) | (baseline) | (baseline)'
            : `${mark(met.p50)} | ${mark(met.p99)} | ${row.nested ? mark(met.throughput) : '(not nested)'} | ${mark(met.floor)}`;
          return `| ${row.name} | ${c.concurrency} | ${ratio(c.ours.latency.p50, c.ng.latency.p50)} | ${ratio(c.ours.latency.p99, c.ng.latency.p99)} | ${ratio(rps(c.ours), rps(c.ng))} | ${ratio(c.ours.cpuMsPerRequest ?? Number.NaN, c.ng.cpuMsPerRequest ?? Number.NaN)} | ${ratio(c.ours.latency.p50, c.floor.latency.p50)} | ${fixed(row.roundTripsPerRequest ?? row.statementsPerRequest)} (${fixed(row.statementsPerRequest)}) | ${row.inputs} (${row.empty} empty) | ${errors} | ${verdicts} |`;
        }),
  );
  return [
    `| query | clients | p50 ours ÷ ng | p99 ours ÷ ng | req/s ours ÷ ng | server CPU per request ours ÷ ng | p50 ours ÷ floor | our round trips (statements) per request | inputs checked equal | errors | p50 ≤ ng | p99 ≤ ng | req/s ≥ ${TARGETS.nestedThroughput}× ng (nested) | p50 ≤ ${TARGETS.floorRatio}× floor |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...lines,
  ];
}

const oneClient = (row: RowResult) => row.cells.find((cells) => cells.concurrency === 1);

/**
 * How close each query can come to the floor and throughput targets at one client: none can
 * answer faster than its floor plus what a request that reads nothing costs this server.
 */
function boundsTable(rows: RowResult[]): string[] {
  const baseline = rows.find((row) => row.baseline && !row.failure);
  const fixedCost = baseline && oneClient(baseline);
  if (!fixedCost) return [];
  const lines = rows
    .filter((row) => !row.baseline && !row.failure)
    .flatMap((row) => {
      const c = oneClient(row);
      if (!c) return [];
      const floor = c.floor.latency.p50;
      const least = floor + fixedCost.ours.latency.p50;
      const rps = (cell: CellResult) => cell.requests / cell.seconds;
      return [
        `| ${row.name} | ${fixed(floor, 2)} | ${fixed(least, 2)} | ${ratio(least, floor)} | ${ratio(c.ours.latency.p50, floor)} | ${row.nested ? `${ratio(c.ng.latency.p50, least)} | ${ratio(rps(c.ours), rps(c.ng))}` : '(not nested) | (not nested)'} |`,
      ];
    });
  return [
    `How close the targets can come, at one client. A request that reads nothing (\`{ __typename }\`) took ${fixed(fixedCost.ours.latency.p50, 2)} ms at p50 on this server and ${fixed(fixedCost.ng.latency.p50, 2)} ms on @neo4j/graphql: HTTP, yoga and graphql-js with no statement. A bare round trip (\`RETURN 1\`) took ${fixed(fixedCost.floor.latency.p50, 2)} ms. A query pays its floor and that cost, so its p50 on this server cannot go below their sum ("least possible"). Where that sum is over ${TARGETS.floorRatio}× the floor, the floor target is out of reach of this server's HTTP and GraphQL layers, however little its resolvers cost; at one client, req/s is about 1 ÷ latency, so where @neo4j/graphql's p50 is under ${TARGETS.nestedThroughput}× the least possible, the throughput target is out of reach too.`,
    '',
    `| query | floor p50 ms | least possible p50 ms: floor + request that reads nothing | least possible ÷ floor | measured p50 ours ÷ floor | ng p50 ÷ least possible (nested: the most req/s ours ÷ ng can reach) | measured req/s ours ÷ ng |`,
    '|---|---|---|---|---|---|---|',
    ...lines,
    '',
  ];
}

/** p50 at one client, smallest size against the largest, per query. */
function growthTable(sizes: SizeResult[]): string[] {
  if (sizes.length < 2) return [];
  const first = sizes[0] as SizeResult;
  const last = sizes.at(-1) as SizeResult;
  const p50 = (size: SizeResult, name: string, side: 'ours' | 'ng') =>
    size.rows.find((r) => r.name === name)?.cells.find((c) => c.concurrency === 1)?.[side].latency
      .p50 ?? Number.NaN;
  const lines = first.rows
    .filter((row) => !row.baseline)
    .map((row) => {
      const ours = p50(last, row.name, 'ours') / p50(first, row.name, 'ours');
      const ng = p50(last, row.name, 'ng') / p50(first, row.name, 'ng');
      const versus = (size: SizeResult) =>
        fixed(p50(size, row.name, 'ours') / p50(size, row.name, 'ng'), 2);
      return `| ${row.name} | ${fixed(p50(first, row.name, 'ours'))} → ${fixed(p50(last, row.name, 'ours'))} | ${fixed(ours, 2)}× | ${fixed(p50(first, row.name, 'ng'))} → ${fixed(p50(last, row.name, 'ng'))} | ${fixed(ng, 2)}× | ${versus(first)} → ${versus(last)} | ${Number.isFinite(ours) ? mark(ours <= TARGETS.growth) : '–'} |`;
    });
  return [
    `## Growth with the corpus: ${papers(first.size)} → ${papers(last.size)} papers`,
    '',
    `p50 at one client (ms). The issue's target is at most ${TARGETS.growth}× from 10k to 1M papers; this run covers ${papers(first.size)} to ${papers(last.size)} only. The sizes are timed minutes apart, so a change in the machine's load between them (stated under each size) moves both servers' p50: compare the growth of the two, and the ratio between them at each size, rather than either growth alone.`,
    '',
    `| query | this server p50 | growth | @neo4j/graphql p50 | growth | p50 ours ÷ ng | ours ≤ ${TARGETS.growth}× |`,
    '|---|---|---|---|---|---|---|',
    ...lines,
    '',
  ];
}

export function compareReport(
  header: string[],
  sizes: SizeResult[],
  chartFile: string,
  notes: string[],
): string {
  const perSize = sizes.flatMap((size) => [
    `## ${papers(size.size)} papers`,
    '',
    `Graph: ${size.counts}. ${size.ingestSeconds === undefined ? 'Reused from an earlier `--keep` run.' : `Loaded in this run${size.loadedBy ? `, ${size.loadedBy}` : ' by `ingestPapers` (batch 1,000)'}: ${fixed(size.ingestSeconds)} s, ${fixed(size.size / size.ingestSeconds, 0)} papers/s.`}${size.weights ? ` Then ${size.weights}.` : ''} Load average (1, 5, 15 min): ${size.loadAtStart} before timing, ${size.loadAtEnd} after.`,
    '',
    ...figuresTable(size.rows),
    '',
    ...ratioTable(size.rows),
    '',
    ...size.rows
      .filter((row) => row.failure)
      .map((row) => `- **${row.name} failed the answer check**: ${row.failure}`),
    ...findings(size.rows),
    '',
    ...boundsTable(size.rows),
    ...(size.profiles.length
      ? [
          '',
          ...PROFILE_HEADER,
          ...size.profiles,
          '',
          '@neo4j/graphql sends one statement per request.',
        ]
      : []),
    '',
  ]);
  return [
    '# Benchmarks: this server, @neo4j/graphql and bare Cypher side by side',
    '',
    ...header,
    '',
    `![p50 latency against corpus size](${chartFile})`,
    '',
    ...growthTable(sizes),
    ...perSize,
    ...notes,
    '',
  ].join('\n');
}
