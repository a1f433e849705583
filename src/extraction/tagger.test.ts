import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../ingest/sources/listing.ts';
import { emissions } from './tagger.ts';
import { tokenFeatures } from './tagger-features.ts';
import model from './tagger-model.json' with { type: 'json' };
import { splitSentences } from './tagger-training-data.ts';
import { decodeModel } from './tagger-weights.ts';
import { tokenize } from './tokens.ts';
import { emissionsOf } from './viterbi.ts';

describe('tagger emissions', () => {
  it('score every token exactly as the features the model was trained with', () => {
    const weights = decodeModel(model.weights as Record<string, string>);
    const listing = readFileSync(
      new URL('../../../shared/corpus/trending-papers-listing.txt', import.meta.url),
      'utf8',
    );
    for (const paper of parseListing(listing, 'listing').papers.slice(0, 10)) {
      const tokens = tokenize(paper.abstract);
      // Sentence by sentence, as the model was trained; the decoder scores the whole abstract.
      const reference = splitSentences(tokens).flatMap((sentence) => [
        ...emissionsOf(
          sentence.map((_, i) => tokenFeatures(sentence, i)),
          (feature) => weights.get(feature),
        ),
      ]);
      expect([...emissions(tokens)]).toEqual(reference);
    }
  });
});
