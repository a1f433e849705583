/**
 * How long the running server takes to refuse hostile documents over HTTP, and whether it still
 * answers a normal query right after each one.
 */
import { latency } from './api-measure.ts';

const deep = (levels: number) =>
  `{ papers(first: 1) { edges { node { ${'authors { papers { '.repeat(levels)}title${' } }'.repeat(levels)} } } } }`;
const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: papers(first: 1) { totalCount }`).join(' ')} }`;

/** The three: 100 levels of selections (48 author→papers hops inside the connection), 10,000 aliases, 1 MB. */
export const HOSTILE_DOCUMENTS: { name: string; document: string }[] = [
  { name: 'depth 100', document: deep(48) },
  { name: '10,000 aliases', document: aliases(10_000) },
  { name: '1 MB', document: `{ papers(first: 1) { totalCount } } #${'x'.repeat(1024 * 1024)}` },
];

const NORMAL = '{ papers(first: 3) { totalCount edges { node { title } } } }';

export interface RefusalResult {
  name: string;
  bytes: number;
  status: number;
  message: string;
  medianMs: number;
  maxMs: number;
  /** A normal query right after each refusal got data and no errors. */
  normalAfter: boolean;
}

async function post(url: string, query: string) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  return { ms: performance.now() - started, status: response.status, body };
}

export async function timeRefusals(url: string, repetitions: number): Promise<RefusalResult[]> {
  const results: RefusalResult[] = [];
  for (const { name, document } of HOSTILE_DOCUMENTS) {
    const times: number[] = [];
    let status = 0;
    let message = '';
    let normalAfter = true;
    for (let i = 0; i < repetitions; i++) {
      const refused = await post(url, document);
      times.push(refused.ms);
      status = refused.status;
      message = refused.body.errors?.[0]?.message ?? '(not refused)';
      if (!refused.body.errors?.length || refused.body.data) message = '(NOT REFUSED)';
      const normal = await post(url, NORMAL);
      if (normal.status !== 200 || normal.body.errors || !normal.body.data) normalAfter = false;
    }
    const { p50, max } = latency(times);
    results.push({
      name,
      bytes: Buffer.byteLength(document),
      status,
      message,
      medianMs: p50,
      maxMs: max,
      normalAfter,
    });
  }
  return results;
}

export function refusalTable(results: RefusalResult[], repetitions: number): string[] {
  return [
    `| document | bytes | status | median ms | max ms (${repetitions} runs) | normal query right after | message |`,
    '|---|---:|---:|---:|---:|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.bytes.toLocaleString('en')} | ${r.status} | ${r.medianMs.toFixed(1)} | ${r.maxMs.toFixed(1)} | ${r.normalAfter ? 'answered' : 'FAILED'} | ${r.message.slice(0, 80)} |`,
    ),
  ];
}
