import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../ingest/sources/listing.ts';
import { canonicalKey } from './canonical-key.ts';
import { corpusExtractor, extractCorpus } from './extract-corpus.ts';
import { isGenericPhrase } from './generic-phrases.ts';
import type { ExtractedEntity, Extraction, PaperText } from './types.ts';

const paper = (id: string, title: string, abstract: string): PaperText => ({ id, title, abstract });
const byKey = (extraction: Extraction | undefined, key: string) =>
  extraction?.entities.find((e) => e.key === key);
const surfaces = (entity: ExtractedEntity | undefined) => entity?.mentions.map((m) => m.text) ?? [];

describe('extractCorpus', () => {
  it('gives "sparse autoencoders", "Sparse Autoencoder (SAE)" and "SAEs" one key across papers', () => {
    const [first, second, third] = extractCorpus([
      paper(
        'a',
        'Circuits',
        'Features found by sparse autoencoders are studied in language models.',
      ),
      paper('b', 'Evaluating features', 'We train a Sparse Autoencoder (SAE) on GPT-2 Small.'),
      paper('c', 'Steering', 'We show that SAEs learn latents that steer models.'),
    ]);
    const key = canonicalKey('sparse autoencoder');
    expect(surfaces(byKey(first, key))).toEqual(['sparse autoencoders']);
    expect(surfaces(byKey(second, key))).toEqual(['Sparse Autoencoder (SAE)']);
    expect(byKey(second, key)?.aliases).toContain('SAE');
    expect(surfaces(byKey(third, key))).toEqual(['SAEs']);
  });

  it('gives "CIFAR-10" and "CIFAR10" one dataset key', () => {
    const [first, second] = extractCorpus([
      paper('a', 'Dims', 'Playing Atari Pong is about as hard as classifying CIFAR-10 images.'),
      paper('b', 'Bessel', 'We process CIFAR10 training images with a pre-trained ResNet50.'),
    ]);
    expect(byKey(first, 'cifar10')?.kind).toBe('dataset');
    expect(byKey(second, 'cifar10')?.kind).toBe('dataset');
    expect(surfaces(byKey(second, 'cifar10'))).toEqual(['CIFAR10']);
  });

  it('marks the title name and the "called" name as proposed, with every mention', () => {
    const [extraction] = extractCorpus([
      paper(
        'x',
        'ReAGent: Towards A Model-agnostic Feature Attribution Method',
        'We present a model-agnostic FA for generative LMs called Recursive Attribution Generator (ReAGent). We compare ReAGent with seven FAs.',
      ),
    ]);
    const proposed = extraction?.entities.filter((e) => e.role === 'proposed') ?? [];
    expect(proposed.map((e) => e.name)).toEqual(['Recursive Attribution Generator']);
    expect(proposed[0]?.aliases).toContain('ReAGent');
    expect(proposed[0]?.mentions.map((m) => `${m.field}:${m.text}`)).toEqual([
      'title:ReAGent',
      'abstract:Recursive Attribution Generator (ReAGent)',
      'abstract:ReAGent',
    ]);
  });

  it('does not propose an acronym the paper only re-uses', () => {
    const [extraction] = extractCorpus([
      paper(
        'x',
        'Ca2-VDM: Efficient Video Diffusion',
        'Many video diffusion models (VDMs) are slow. In this paper, we propose Ca2-VDM, an efficient autoregressive VDM with cache sharing.',
      ),
    ]);
    const proposed = extraction?.entities.filter((e) => e.role === 'proposed') ?? [];
    expect(proposed.map((e) => e.key)).toEqual(['ca2vdm']);
  });

  it('merges repository links by URL and keeps their mentions', () => {
    const [extraction] = extractCorpus([
      paper(
        'x',
        'PVT',
        'Code: https://github.com/whai362/PVT. Mirror: https://github.com/whai362/PVT/tree/main/det.',
      ),
    ]);
    expect(extraction?.repositories).toHaveLength(1);
    expect(extraction?.repositories[0]?.mentions.map((m) => m.text)).toEqual([
      'https://github.com/whai362/PVT',
      'https://github.com/whai362/PVT/tree/main/det',
    ]);
  });
});

describe('extractCorpus over the shared listing', () => {
  const listing = readFileSync(
    new URL('../../../shared/corpus/trending-papers-listing.txt', import.meta.url),
    'utf8',
  );
  const papers: PaperText[] = parseListing(listing, 'listing').papers.map((paper) => ({
    id: paper.origin,
    title: paper.title,
    abstract: paper.abstract,
  }));

  it('gives the same output analysing twice, acronyms defined in other papers included', () => {
    // Holding at most 10 analysed papers makes the extractor build its alias table in a first pass.
    const extract = corpusExtractor(papers, 10);
    expect(papers.map((_, index) => extract(index))).toEqual(extractCorpus(papers));
  });
  const extractions = extractCorpus(papers);

  it('reads all 63 papers', () => {
    expect(extractions).toHaveLength(63);
  });

  it('returns mentions whose offsets slice back to their text', () => {
    for (const [index, extraction] of extractions.entries()) {
      const source = papers[index] as PaperText;
      for (const entity of extraction.entities) {
        for (const mention of entity.mentions) {
          expect(source[mention.field].slice(mention.start, mention.end)).toBe(mention.text);
        }
      }
    }
  });

  it('never turns a generic phrase into an entity', () => {
    const generic = extractions.flatMap((e) => e.entities).filter((e) => isGenericPhrase(e.name));
    expect(generic.map((e) => e.name)).toEqual([]);
    const names = new Set(extractions.flatMap((e) => e.entities.map((x) => x.name.toLowerCase())));
    for (const phrase of [
      'this paper',
      'our method',
      'the results',
      'extensive experiments',
      'state-of-the-art performance',
    ]) {
      expect(names.has(phrase)).toBe(false);
    }
  });

  it('keeps confidences in [0, 1] and is deterministic', () => {
    for (const entity of extractions.flatMap((e) => e.entities)) {
      expect(entity.confidence).toBeGreaterThanOrEqual(0);
      expect(entity.confidence).toBeLessThanOrEqual(1);
    }
    expect(extractCorpus(papers)).toEqual(extractions);
  });
});
