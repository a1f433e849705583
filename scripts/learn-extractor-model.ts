/**
 * Learns the entity tagger's weights from SciERC's training split and writes them to
 * src/extraction/tagger-model.json. Deterministic (fixed epochs, seeded shuffle), so re-running
 * it reproduces the committed file byte for byte. Never reads the dev split, which is kept for
 * honest evaluation; model choices are checked with scripts/tagger-holdout.ts instead.
 *
 *   npx tsx scripts/learn-extractor-model.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScierc } from '../src/extraction/scierc.ts';
import { TAGS } from '../src/extraction/tagger-labels.ts';
import { taggedSentences } from '../src/extraction/tagger-training-data.ts';
import { DEFAULT_OPTIONS, trainTagger } from './tagger-trainer.ts';

const OUTPUT = 'src/extraction/tagger-model.json';

const documents = parseScierc(readFileSync('../shared/corpus/scierc/train.json', 'utf8'));
const weights = trainTagger(documents.flatMap(taggedSentences), DEFAULT_OPTIONS);
const json = `${JSON.stringify({ tags: TAGS, scale: DEFAULT_OPTIONS.scale, weights })}\n`;
writeFileSync(OUTPUT, json);
console.log(
  `${Object.keys(weights).length} features, ${(json.length / 1024).toFixed(0)} KB → ${OUTPUT}`,
);
