/**
 * Averaged structured perceptron for the entity tagger (Collins 2002), shared by the script that
 * writes the committed model and by the held-out check on the training split.
 */
import { tokenFeatures } from '../src/extraction/tagger-features.ts';
import { TAGS } from '../src/extraction/tagger-labels.ts';
import type { TaggedSentence } from '../src/extraction/tagger-training-data.ts';
import { encodeWeights } from '../src/extraction/tagger-weights.ts';
import { decode, emissionsOf, transitionFeatures } from '../src/extraction/viterbi.ts';

export interface TrainerOptions {
  epochs: number;
  /** Features seen fewer times than this in training are never learned. */
  minCount: number;
  /** Weights are stored as integers: round(weight × scale). */
  scale: number;
  /** Feature families (the part before '=') left out of the model. */
  skipFamilies: string[];
  seed: number;
}

export const DEFAULT_OPTIONS: TrainerOptions = {
  epochs: 12,
  minCount: 4,
  scale: 10,
  skipFamilies: [],
  seed: 20240312,
};

/** Sparse model: feature → integer weights per tag, encoded by tagger-weights.ts. */
export type EncodedWeights = Record<string, string>;

export function trainTagger(sentences: TaggedSentence[], options: TrainerOptions): EncodedWeights {
  const skip = new Set(options.skipFamilies);
  const keep = (feature: string) => !skip.has(feature.slice(0, feature.indexOf('=')));
  const features = sentences.map((s) =>
    s.tokens.map((_, i) => tokenFeatures(s.tokens, i).filter(keep)),
  );
  const counts = new Map<string, number>();
  const bump = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  sentences.forEach((sentence, si) => {
    sentence.tokens.forEach((token, i) => {
      for (const feature of features[si]?.[i] ?? []) bump(feature);
      const previous = i === 0 ? 'O' : (sentence.tags[i - 1] as string);
      for (const feature of transitionFeatures(previous, token.pos)) bump(feature);
    });
  });
  const known = (feature: string) => (counts.get(feature) ?? 0) >= options.minCount;

  const weights = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  let clock = 1;
  const vector = (map: Map<string, Float64Array>, feature: string) => {
    let found = map.get(feature);
    if (!found) {
      found = new Float64Array(TAGS.length);
      map.set(feature, found);
    }
    return found;
  };
  const update = (feature: string, tag: number, delta: number) => {
    if (!known(feature)) return;
    const w = vector(weights, feature);
    const u = vector(totals, feature);
    w[tag] = (w[tag] as number) + delta;
    u[tag] = (u[tag] as number) + clock * delta;
  };

  // Park–Miller generator: a fixed seed keeps the shuffle, and so the model, reproducible.
  let seed = options.seed;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const sentence = sentences[index] as TaggedSentence;
      const sentenceFeatures = features[index] as string[][];
      const pos = sentence.tokens.map((t) => t.pos);
      const lookup = (f: string) => weights.get(f);
      const predicted = decode(emissionsOf(sentenceFeatures, lookup), pos, lookup);
      const gold = sentence.tags.map((tag) => TAGS.indexOf(tag));
      for (let i = 0; i < gold.length; i += 1) {
        const g = gold[i] as number;
        const p = predicted[i] as number;
        const goldPrev = i === 0 ? 'O' : (TAGS[gold[i - 1] as number] as string);
        const predPrev = i === 0 ? 'O' : (TAGS[predicted[i - 1] as number] as string);
        if (g === p && goldPrev === predPrev) continue;
        for (const feature of sentenceFeatures[i] as string[]) {
          update(feature, g, 1);
          update(feature, p, -1);
        }
        for (const feature of transitionFeatures(goldPrev, pos[i] as string)) update(feature, g, 1);
        for (const feature of transitionFeatures(predPrev, pos[i] as string))
          update(feature, p, -1);
      }
      clock += 1;
    }
  }

  const encoded: EncodedWeights = {};
  for (const feature of [...weights.keys()].sort()) {
    const w = weights.get(feature) as Float64Array;
    const u = totals.get(feature) as Float64Array;
    const averaged = TAGS.map((_, t) =>
      Math.round(((w[t] as number) - (u[t] as number) / clock) * options.scale),
    );
    const text = encodeWeights(averaged);
    if (text.length > 0) encoded[feature] = text;
  }
  return encoded;
}
