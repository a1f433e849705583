/**
 * The synthetic corpus's vocabulary, built by combining short word lists, so that a corpus of
 * 100k papers has thousands of distinct methods, tasks, datasets and authors without copying any
 * real corpus. The order of each list is shuffled once with a fixed seed: which names are common
 * (Zipf rank) is the same for every corpus seed.
 */
import { createRandom, shuffled } from './prng.ts';

/** Comma-separated items, so that word lists read as prose; `-` is an empty item. */
function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .map((item) => (item === '-' ? '' : item));
}

export interface MethodName {
  long: string;
  acronym: string;
}

const METHOD_ADJECTIVES = list(`
  Sparse, Adaptive, Hierarchical, Contrastive, Latent, Recurrent, Masked, Gated, Dynamic,
  Equivariant, Residual, Conditional, Progressive, Federated, Neural, Temporal, Spectral,
  Causal, Modular, Robust, Implicit, Bayesian, Multiscale, Deformable, Lightweight,
  Unified, Structured, Stochastic, Quantized, Kernelized
`);
const METHOD_CORES = list(`
  Mixture, Attention, Graph, Token, Memory, Prompt, Diffusion, Feature, Query, Patch,
  Context, State, Routing, Motion, Signal, Spline, Prototype, Slot
`);
const METHOD_HEADS = list(`
  Router, Network, Transformer, Encoder, Decoder, Learner, Distillation, Fusion, Refiner,
  Aggregator, Pooling, Flow, Adapter, Planner
`);
const BRAND_STARTS = list('Flash, Deep, Mega, Uni, Omni, Hyper, Meta, Swift, Nano, Poly');
const BRAND_ENDS = list('Seg, Former, Net, Flow, Mix, Match, Vox, Gen, Tok, Lens');

const TASK_MODIFIERS = list(`
  -, zero-shot, few-shot, open-vocabulary, multi-label, long-horizon, unsupervised,
  weakly supervised, real-time, cross-lingual, multi-view
`);
const TASK_CORES = list(`
  semantic segmentation, instance segmentation, image classification, object detection,
  machine translation, question answering, speech recognition, depth estimation,
  text summarization, code generation, motion forecasting, image retrieval,
  relation extraction, named entity recognition, pose estimation, video captioning,
  anomaly detection, link prediction, molecule generation, visual tracking,
  dialogue state tracking, optical flow estimation, image super-resolution,
  sentiment classification, point cloud completion
`);

const KNOWN_DATASETS = list(`
  ImageNet, COCO, CIFAR-10, CIFAR-100, Cityscapes, ADE20K, SQuAD, WMT14 En-De,
  LibriSpeech, KITTI, MNIST, Penn Treebank
`);
const DATASET_STARTS = list(
  'Urban, Med, Geo, Bio, Aero, Sketch, Scene, Chem, Audio, Lex, Code, Traffic',
);
const DATASET_ENDS = list('Bench, Set, QA, Scenes, Net, Corpus, Vision, Track');
// `-` (no suffix) twice: most dataset names have no suffix.
const DATASET_SUFFIXES = list('-, -, -1K, -3D, -v2, -Large, -XL, -100');

export const METRICS = list(`
  top-1 accuracy, BLEU, mIoU, F1 score, mAP, word error rate, PSNR, FID, exact match,
  ROUGE-L, AUROC, perplexity, top-5 accuracy, recall@10, SSIM
`);

/** Phrases a method is built from or struggles with, for the mechanism and motivation sentences. */
export const COMPONENTS = list(`
  sparse attention, a learned router, contrastive pre-training, a memory bank,
  low-rank adapters, graph message passing, a diffusion prior, knowledge distillation,
  multi-scale feature fusion, test-time adaptation, a lightweight decoder,
  self-supervised objectives, curriculum sampling, token pruning,
  mixed-precision training
`);
export const CHALLENGES = list(`
  long-range dependencies, distribution shift, label noise, limited annotations,
  quadratic memory cost, class imbalance, occlusion, domain gaps, slow inference,
  catastrophic forgetting, spurious correlations, small objects
`);
export const FIELDS = list(`
  computer vision, natural language processing, speech processing, robotics,
  medical imaging, graph learning, remote sensing, reinforcement learning
`);

const GIVEN_NAMES = list(`
  Wei, Anna, Mohammed, Sofia, Hiroshi, Lucas, Priya, Chen, Elena, Kwame, Yuki, Mateo,
  Fatima, Jonas, Li, Amara, Ivan, Nadia, Rahul, Grace, Tomasz, Aisha, Diego, Mei, Oliver,
  Leila, Kenji, Sara, Arjun, Chloe, Emeka, Ingrid, Pablo, Hana, Samuel, Zeynep, Minh,
  Laura, Omar, Julia
`);
const FAMILY_NAMES = list(`
  Wang, Müller, Garcia, Kim, Nakamura, Okafor, Rossi, Singh, Zhang, Novak, Silva, Petrov,
  Haddad, Larsen, Nguyen, Kowalski, Tanaka, Chen, Dubois, Yilmaz, Mensah, Fischer, Liu,
  Ahmed, Moreau, Park, Costa, Ivanova, Sato, Becker, Gupta, Li, Hernández, Johansson,
  Osei, Romano, Zhou, Khan, Lopez, Schmidt, Yamamoto, Andersson, Mehta, Nowak, Bianchi,
  Huang, Ortiz, Wójcik
`);
const MIDDLE_INITIALS = list('-, A., J., K., M., R., S., T.');

const product = <A, B>(as: readonly A[], bs: readonly B[]) =>
  as.flatMap((a) => bs.map((b) => [a, b] as const));

/** Methods named like papers name them; acronyms are unique so each names one method. */
function methodNames(): MethodName[] {
  const seen = new Set<string>();
  const methods: MethodName[] = [];
  for (const [adjective, core] of product(METHOD_ADJECTIVES, METHOD_CORES)) {
    for (const head of METHOD_HEADS) {
      if (core === head) continue;
      const long = `${adjective} ${core} ${head}`;
      const acronym = `${adjective[0]}${core[0]}${head[0]}`;
      if (seen.has(acronym)) continue;
      seen.add(acronym);
      methods.push({ long, acronym });
    }
  }
  // One-word brand names (the "DeepSeg" kind) have no long form to define.
  for (const [start, end] of product(BRAND_STARTS, BRAND_ENDS)) {
    methods.push({ long: `${start}${end}`, acronym: `${start}${end}` });
  }
  return methods;
}

function datasetNames(): string[] {
  const generated = product(product(DATASET_STARTS, DATASET_ENDS), DATASET_SUFFIXES).map(
    ([[start, end], suffix]) => `${start}${end}${suffix}`,
  );
  return [...new Set(generated)];
}

const taskNames = () =>
  product(TASK_MODIFIERS, TASK_CORES).map(([modifier, core]) =>
    modifier ? `${modifier} ${core}` : core,
  );

const authorNames = () =>
  product(product(GIVEN_NAMES, MIDDLE_INITIALS), FAMILY_NAMES).map(([[given, middle], family]) =>
    [given, middle, family].filter(Boolean).join(' '),
  );

const order = createRandom(20_240_601);

/** Known datasets stay at the head of the ranking: benchmarks everyone reports on. */
export const METHODS = shuffled(methodNames(), order);
export const TASKS = [...new Set(shuffled(taskNames(), order))];
export const DATASETS = [...KNOWN_DATASETS, ...shuffled(datasetNames(), order)];
export const AUTHORS = [...new Set(shuffled(authorNames(), order))];
