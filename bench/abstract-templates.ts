/**
 * Sentence templates for synthetic titles and abstracts, in the phrasing papers use: motivation,
 * proposal (sometimes defining an acronym as "Long Form (ACR)"), mechanism, results with numbers,
 * and an optional code link. Each template takes the paper's plan, so the names it mentions agree.
 */
import type { MethodName } from './corpus-vocabulary.ts';
import type { Random } from './prng.ts';

export interface PaperPlan {
  method: MethodName;
  /** Whether the abstract defines the acronym, after which it uses the acronym. */
  definesAcronym: boolean;
  baselines: string[];
  task: string;
  otherTask: string;
  datasets: string[];
  metric: string;
  components: string[];
  challenges: string[];
  field: string;
}

type Template = (plan: PaperPlan, random: Random) => string;

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'under',
  'with',
]);

/** Title case as papers use it: every word capitalised except short function words. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(
            /(^|-)(\p{Ll})/gu,
            (_, dash: string, letter: string) => dash + letter.toUpperCase(),
          ),
    )
    .join(' ');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the abstract calls the method after introducing it. */
export const shortName = (plan: PaperPlan) =>
  plan.definesAcronym ? plan.method.acronym : plan.method.long;

const introduction = (plan: PaperPlan) =>
  plan.definesAcronym ? `${plan.method.long} (${plan.method.acronym})` : plan.method.long;

/** A score in the units the metric is reported in. */
function score(metric: string, random: Random): string {
  const value = (low: number, high: number, digits = 1) =>
    (low + random.next() * (high - low)).toFixed(digits);
  if (metric === 'BLEU' || metric === 'perplexity') return value(12, 45);
  if (metric === 'PSNR') return `${value(24, 38)} dB`;
  if (metric === 'FID') return value(2, 30, 2);
  if (metric === 'SSIM') return value(0.8, 0.99, 3);
  if (metric === 'word error rate') return `${value(2, 15)}%`;
  return `${value(40, 95)}%`;
}

const gain = (random: Random) => (0.3 + random.next() * 5.7).toFixed(1);

export const TITLES: Template[] = [
  (p) =>
    p.definesAcronym
      ? `${p.method.acronym}: ${p.method.long} for ${titleCase(p.task)}`
      : `${p.method.long}: ${titleCase(p.components[0] as string)} for ${titleCase(p.task)}`,
  (p) => `Towards Robust ${titleCase(p.task)} under ${titleCase(p.challenges[0] as string)}`,
  (p) => `Rethinking ${titleCase(p.components[0] as string)} for ${titleCase(p.task)}`,
  (p) => `${p.method.long} Improves ${titleCase(p.task)} on ${p.datasets[0]}`,
  (p) =>
    `Scaling ${titleCase(p.components[1] as string)} to ${titleCase(p.task)}: A Study on ${p.datasets[0]}`,
];

export const MOTIVATION: Template[] = [
  (p) =>
    `${capitalise(p.task)} is a core problem in ${p.field}, but current approaches remain sensitive to ${p.challenges[0]}.`,
  (p) =>
    `Despite rapid progress in ${p.field}, ${p.task} still suffers from ${p.challenges[0]} and ${p.challenges[1]}.`,
  (p) =>
    `Existing methods such as ${p.baselines[0]} rely on ${p.components[1]}, which scales poorly when ${p.challenges[0]} dominates the training data.`,
  (p) =>
    `Recent work has shown that ${p.components[1]} helps ${p.task}, yet it leaves ${p.challenges[1]} largely unaddressed.`,
];

export const PROPOSAL: Template[] = [
  (p) =>
    `We propose ${introduction(p)}, a method for ${p.task} that combines ${p.components[0]} with ${p.components[1]}.`,
  (p) =>
    `In this paper, we introduce ${introduction(p)}, which learns to handle ${p.challenges[0]} directly from unlabeled data.`,
  (p) =>
    `This work presents ${introduction(p)}, a simple and efficient approach to ${p.task} built on ${p.components[0]}.`,
];

export const MECHANISM: Template[] = [
  (p) =>
    `${shortName(p)} first encodes the input with ${p.components[0]} and then refines its predictions through ${p.components[2]}.`,
  (p, r) =>
    `Unlike ${p.baselines[0]}, ${shortName(p)} does not require ${p.components[1]}, which reduces the training cost by ${r.int(15, 70)}%.`,
  (p) =>
    `We further show that ${p.components[2]} can be trained jointly with ${shortName(p)} at almost no extra cost.`,
  (p) =>
    `The key idea is to treat ${p.challenges[1]} as a source of supervision rather than as noise to be removed.`,
];

export const RESULTS: Template[] = [
  (p, r) =>
    `On ${p.datasets[0]}, ${shortName(p)} improves ${p.metric} by ${gain(r)} points over ${p.baselines[0]}.`,
  (p) =>
    `Extensive experiments on ${p.datasets[0]}, ${p.datasets[1]} and ${p.datasets[2]} show that ${shortName(p)} outperforms strong baselines, including ${p.baselines[0]} and ${p.baselines[1]}.`,
  (p, r) =>
    `${shortName(p)} reaches ${score(p.metric, r)} ${p.metric} on ${p.datasets[1]}, a new state of the art among methods of similar size.`,
  (p) =>
    `Ablation studies confirm that ${p.components[0]} accounts for most of the gain on ${p.datasets[1]}.`,
];

export const FILLER: Template[] = [
  (p) =>
    `We observe that ${p.baselines[1]} degrades far more than ${shortName(p)} under ${p.challenges[0]}.`,
  (_, r) =>
    `Training takes ${r.int(4, 96)} GPU hours, and inference adds less than ${r.int(2, 12)} ms per sample.`,
  (p) =>
    `We hope that ${shortName(p)} will serve as a foundation for research on ${p.otherTask} as well.`,
  (p) =>
    `We also analyse the failure cases of ${shortName(p)} under ${p.challenges[1]} and discuss how they could be mitigated.`,
  (p, r) =>
    `The approach transfers to ${p.otherTask} without task-specific tuning, reaching ${score(p.metric, r)} ${p.metric} on ${p.datasets[2]}.`,
  (p) =>
    `Our results suggest that a model built on ${p.components[2]} is a simple but strong baseline for future work on ${p.task}.`,
  (p, r) =>
    `Compared with ${p.baselines[1]}, our model uses ${r.int(2, 9)} times fewer parameters and runs in real time on a single GPU.`,
  (p) =>
    `We release detailed training recipes so that the results on ${p.datasets[0]} and ${p.datasets[2]} can be reproduced.`,
  (p) =>
    `A qualitative study shows that ${shortName(p)} attends to semantically meaningful regions even under severe ${p.challenges[0]}.`,
];

/** Code-link sentences; some end the URL with a full stop, as abstracts often do. */
export const CODE: ((url: string) => string)[] = [
  (url) => `Code is available at ${url}.`,
  (url) => `Code: ${url}`,
  (url) => `The source code is publicly available at ${url} to facilitate future research.`,
  (url) => `Our implementation and pretrained models are released at ${url}.`,
];
