/**
 * A deterministic synthetic corpus for ingest benchmarks: realistic titles and abstracts
 * (150–250 words) over a Zipf-distributed vocabulary, authors, arXiv-like ids, dates and
 * GitHub links in about 30% of the papers. The same count and seed give the same papers, and a
 * smaller corpus is a prefix of a larger one with the same seed.
 */
import type { RawPaper } from '../src/ingest/raw-paper.ts';
import {
  CODE,
  FILLER,
  MECHANISM,
  MOTIVATION,
  type PaperPlan,
  PROPOSAL,
  RESULTS,
  TITLES,
} from './abstract-templates.ts';
import {
  AUTHORS,
  CHALLENGES,
  COMPONENTS,
  DATASETS,
  FIELDS,
  METHODS,
  METRICS,
  TASKS,
} from './corpus-vocabulary.ts';
import { createRandom, type Random, shuffled, zipfSampler } from './prng.ts';

const baseline = zipfSampler(METHODS, 1.1);
const task = zipfSampler(TASKS, 1.0);
const dataset = zipfSampler(DATASETS, 1.1);
const metric = zipfSampler(METRICS, 0.8);
const author = zipfSampler(AUTHORS, 0.7);

/** `count` distinct values from `draw` (the vocabularies are far larger than any count asked). */
function distinct(count: number, draw: () => string): string[] {
  const values = new Set<string>();
  while (values.size < count) values.add(draw());
  return [...values];
}

function plan(random: Random): PaperPlan {
  // Each paper proposes its own method, drawn evenly; the ones it compares against are the popular ones.
  const method = random.pick(METHODS);
  const named = (name: (typeof METHODS)[number]) => (random.chance(0.6) ? name.acronym : name.long);
  const baselines = distinct(2, () => named(baseline(random))).filter(
    (name) => name !== method.acronym,
  );
  const [taskName, otherTask] = distinct(2, () => task(random)) as [string, string];
  return {
    method,
    definesAcronym: method.acronym !== method.long && random.chance(0.5),
    baselines: baselines.length === 2 ? baselines : [...baselines, named(baseline(random))],
    task: taskName,
    otherTask,
    datasets: distinct(3, () => dataset(random)),
    metric: metric(random),
    components: distinct(3, () => random.pick(COMPONENTS)),
    challenges: distinct(2, () => random.pick(CHALLENGES)),
    field: random.pick(FIELDS),
  };
}

const wordCount = (sentences: string[]) => sentences.join(' ').split(' ').length;

function abstractOf(paper: PaperPlan, random: Random, codeUrl: string | undefined): string {
  const write = (template: (typeof FILLER)[number]) => template(paper, random);
  const mechanisms = shuffled(MECHANISM, random);
  const results = shuffled(RESULTS, random);
  const sentences = [
    random.pick(MOTIVATION),
    random.pick(PROPOSAL),
    ...mechanisms.slice(0, 2),
    ...results.slice(0, 2),
  ].map(write);
  // Further sentences until the drawn length, none twice: abstracts do not repeat themselves.
  const extras = shuffled([...mechanisms.slice(2), ...results.slice(2), ...FILLER], random);
  const target = random.int(150, 225);
  for (const template of extras) {
    if (wordCount(sentences) >= target) break;
    sentences.push(write(template));
  }
  if (codeUrl) sentences.push(random.pick(CODE)(codeUrl));
  return sentences.join(' ');
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function repositoryUrl(paper: PaperPlan, authors: string[], random: Random): string {
  const family = slug((authors[0] as string).split(' ').at(-1) as string);
  const owner = random.pick([
    `${family}-lab`,
    `${family}${random.int(1, 99)}`,
    `${slug(paper.field)}-group`,
  ]);
  const name = random.chance(0.5) ? slug(paper.method.acronym) : slug(paper.method.long);
  const base = `https://github.com/${owner}/${name}`;
  return random.chance(0.1) ? `${base}/tree/main/${slug(paper.task)}` : base;
}

/** arXiv numbers per month rise with gaps, as real ones do when other papers fall in between. */
function createIdAllocator(random: Random) {
  const lastNumber = new Map<string, number>();
  return (yymm: string) => {
    const number = (lastNumber.get(yymm) ?? 0) + random.int(1, 10);
    if (number > 99_999) throw new Error(`More synthetic papers in 20${yymm} than arXiv ids allow`);
    lastNumber.set(yymm, number);
    return `${yymm}.${String(number).padStart(5, '0')}`;
  };
}

/** `count` papers as the JSON Lines source would give them (`source: 'jsonl'`, origin `synthetic:<n>`). */
export function generatePapers(count: number, seed = 42): RawPaper[] {
  const random = createRandom(seed);
  const allocateId = createIdAllocator(random);
  const papers: RawPaper[] = [];
  for (let n = 1; n <= count; n++) {
    const paper = plan(random);
    const authors = distinct(random.int(2, 6), () => author(random));
    const hasCode = random.chance(0.3);
    const url = hasCode ? repositoryUrl(paper, authors, random) : undefined;
    // A fifth of the linked repositories are only stated by the source (a feed's githubRepo field).
    const statedOnly = hasCode && random.chance(0.2);
    const year = random.int(15, 25);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const id = allocateId(`${year}${String(month).padStart(2, '0')}`);
    papers.push({
      id,
      title: random.pick(TITLES)(paper, random),
      abstract: abstractOf(paper, random, statedOnly ? undefined : url),
      authors,
      published: `20${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      url: `https://arxiv.org/abs/${id}`,
      ...(statedOnly && url ? { repositories: [url] } : {}),
      origin: `synthetic:${n}`,
      source: 'jsonl',
    });
  }
  return papers;
}

/** One JSON Lines record in the shape `src/ingest/sources/jsonl.ts` reads, keys in a fixed order. */
export function toJsonlLine(paper: RawPaper): string {
  return JSON.stringify({
    arxivId: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    authors: paper.authors,
    published: paper.published,
    url: paper.url,
    repositories: paper.repositories,
  });
}
