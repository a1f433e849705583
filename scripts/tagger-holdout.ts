/**
 * Checks tagger options on a held-out slice of SciERC's *training* split (the last 50 of 350
 * abstracts), so that model choices are never made by looking at dev. Prints span F1 and model
 * size for each option set given as JSON on the command line, e.g.
 *
 *   npx tsx scripts/tagger-holdout.ts '{"minCount":2}' '{"skipFamilies":[]}'
 */
import { readFileSync } from 'node:fs';
import { parseScierc } from '../src/extraction/scierc.ts';
import { tokenFeatures } from '../src/extraction/tagger-features.ts';
import { TAGS, typeOfTag } from '../src/extraction/tagger-labels.ts';
import { taggedSentences } from '../src/extraction/tagger-training-data.ts';
import { decodeModel } from '../src/extraction/tagger-weights.ts';
import { decode, emissionsOf } from '../src/extraction/viterbi.ts';
import { DEFAULT_OPTIONS, type EncodedWeights, trainTagger } from './tagger-trainer.ts';

const documents = parseScierc(readFileSync('../shared/corpus/scierc/train.json', 'utf8'));
const train = documents.slice(0, 300).flatMap(taggedSentences);
const heldOut = documents.slice(300).flatMap(taggedSentences);

function spansOf(tags: string[]): string[] {
  const spans: string[] = [];
  let start = -1;
  let type = '';
  tags.forEach((tag, i) => {
    if (start >= 0 && !tag.startsWith('I-')) {
      spans.push(`${start}:${i}:${type}`);
      start = -1;
    }
    if (tag.startsWith('B-')) {
      start = i;
      type = typeOfTag(tag) ?? '';
    }
  });
  if (start >= 0) spans.push(`${start}:${tags.length}:${type}`);
  return spans.filter((span) => !span.endsWith('Generic'));
}

function score(weights: EncodedWeights): string {
  const table = decodeModel(weights);
  let gold = 0;
  let predicted = 0;
  let typed = 0;
  let untyped = 0;
  for (const sentence of heldOut) {
    const features = sentence.tokens.map((_, i) => tokenFeatures(sentence.tokens, i));
    const lookup = (f: string) => table.get(f);
    const path = decode(
      emissionsOf(features, lookup),
      sentence.tokens.map((t) => t.pos),
      lookup,
    );
    const goldSpans = spansOf(sentence.tags);
    const predictedSpans = spansOf(path.map((t) => TAGS[t] as string));
    const goldBounds = new Set(goldSpans.map((s) => s.slice(0, s.lastIndexOf(':'))));
    gold += goldSpans.length;
    predicted += predictedSpans.length;
    for (const span of predictedSpans) {
      if (goldSpans.includes(span)) typed += 1;
      if (goldBounds.has(span.slice(0, span.lastIndexOf(':')))) untyped += 1;
    }
  }
  const f1 = (hits: number) => (2 * hits) / (gold + predicted);
  return `untyped F1 ${f1(untyped).toFixed(3)}  typed F1 ${f1(typed).toFixed(3)}`;
}

const variants = process.argv
  .slice(2)
  .map((arg) => JSON.parse(arg) as Partial<typeof DEFAULT_OPTIONS>);
for (const variant of variants.length > 0 ? variants : [{}]) {
  const options = { ...DEFAULT_OPTIONS, ...variant };
  const weights = trainTagger(train, options);
  const size = JSON.stringify(weights).length / 1024;
  console.log(`${JSON.stringify(variant)}  ${score(weights)}  ${size.toFixed(0)} KB`);
}
