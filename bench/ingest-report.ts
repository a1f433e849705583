/** The ingest benchmark's figures as one Markdown table, a column per corpus size. */
import type { SizeResult } from './ingest-run.ts';

export interface MemoryFigures {
  nodeRss: number;
  nodeHeap: number;
  neo4jRss?: number;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (papers: number, ms: number) =>
  `${Math.round(papers / (ms / 1000)).toLocaleString('en')}/s`;
const timeAndRate = (papers: number, ms: number) => `${s(ms)} · ${rate(papers, ms)}`;
const share = (part: number, whole: number) => `${s(part)} (${Math.round((100 * part) / whole)}%)`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`;
const ratio = (value: number, target: string) => `${value.toFixed(2)}× (target ${target})`;

function rows(result: SizeResult, memory: MemoryFigures): [string, string][] {
  const n = result.accepted;
  const statementSum = [...result.statementMs.values()].reduce((a, b) => a + b, 0);
  const extractPart = result.ingestMs - result.lookupMs - result.writeMs;
  const graph = [...result.counts]
    .map(([name, count]) => `${name} ${count.toLocaleString('en')}`)
    .join(', ');
  return [
    ['papers accepted / rejected', `${n} / ${result.rejected}`],
    ['graph after ingest', graph],
    [
      '**end to end: parse + ingestPapers**',
      `**${timeAndRate(n, result.parseMs + result.ingestMs)}**`,
    ],
    ['· parse (readPapers, JSONL)', share(result.parseMs, result.parseMs + result.ingestMs)],
    ['· ingestPapers', timeAndRate(n, result.ingestMs)],
    ['·· lookup of stored versions', share(result.lookupMs, result.ingestMs)],
    // Extraction overlaps the writes, so this is only the part of it that does not.
    ['·· extract + rows, not overlapped with writes', share(extractPart, result.ingestMs)],
    [
      '·· write transactions (one per batch)',
      `${share(result.writeMs, result.ingestMs)} · ${rate(n, result.writeMs)}`,
    ],
    // In the order ingest runs them, whatever statements its batch transaction has today.
    ...[...result.statementMs].map(([name, ms]): [string, string] => [
      `··· ${name}`,
      share(ms, result.writeMs),
    ]),
    ['··· commit and round trips', share(result.writeMs - statementSum, result.writeMs)],
    ['extractCorpus alone (same papers)', timeAndRate(n, result.extractMs)],
    ['toPaperRow alone', s(result.rowsMs)],
    [
      '**re-ingest, unchanged: ingestPapers**',
      `**${timeAndRate(n, result.reingestMs)}** (${result.reingestUnchanged} skipped)`,
    ],
    ['re-ingest speed-up, ingestPapers', ratio(result.ingestMs / result.reingestMs, '≥ 5')],
    [
      're-ingest speed-up, with parse',
      ratio((result.parseMs + result.ingestMs) / (result.reparseMs + result.reingestMs), '≥ 5'),
    ],
    ['floor: one bare statement per batch, write only', timeAndRate(n, result.bareMs)],
    ['· the statement', share(result.bareStatementMs, result.bareMs)],
    ['· commit and round trips', share(result.bareMs - result.bareStatementMs, result.bareMs)],
    [
      '**ingestPapers write ÷ floor, ingest ran first**',
      `**${ratio(result.bareMs / result.writeMs, '≥ 0.7')}**`,
    ],
    ['ingestPapers again after the floor, write only', timeAndRate(n, result.warmWriteMs)],
    [
      'ingestPapers write ÷ floor, ingest ran again after the floor',
      ratio(result.bareMs / result.warmWriteMs, '≥ 0.7'),
    ],
    [
      'end to end (parse + ingestPapers) ÷ floor',
      ratio(result.bareMs / (result.parseMs + result.ingestMs), '—'),
    ],
    ['floor built the same graph (counts)', result.bareCountsMatch ? 'yes' : '**no**'],
    ['peak RSS, Node (process so far)', mb(memory.nodeRss)],
    ['peak heap used, Node', mb(memory.nodeHeap)],
    ['peak RSS, Neo4j JVM (so far)', memory.neo4jRss === undefined ? 'n/a' : mb(memory.neo4jRss)],
  ];
}

export function markdownTable(results: { result: SizeResult; memory: MemoryFigures }[]): string {
  const columns = results.map(({ result, memory }) => rows(result, memory));
  const labels = columns[0]?.map(([label]) => label) ?? [];
  const header = `| measure | ${results.map(({ result }) => `${result.size.toLocaleString('en')} papers`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---|').join('')}`;
  const body = labels.map(
    (label, index) => `| ${label} | ${columns.map((column) => column[index]?.[1]).join(' | ')} |`,
  );
  return [header, rule, ...body].join('\n');
}
