/**
 * SciERC span evaluation: the extractor runs on each reconstructed abstract (empty title) and
 * every mention it returns is a predicted span. Strict boundaries on character offsets; gold
 * `Generic` spans are excluded, and a prediction on one counts as a false positive.
 */
import { extractCorpus } from '../../src/extraction/extract-corpus.ts';
import type { SciercDocument, SciercType } from '../../src/extraction/scierc.ts';
import type { EntityKind } from '../../src/extraction/types.ts';
import type { Counts } from './scores.ts';

const TYPE_OF_KIND: Record<EntityKind, SciercType> = {
  method: 'Method',
  task: 'Task',
  dataset: 'Material',
  metric: 'Metric',
  concept: 'OtherScientificTerm',
};

export function evaluateSpans(documents: SciercDocument[]): { untyped: Counts; typed: Counts } {
  const extractions = extractCorpus(
    documents.map((d) => ({ id: d.docKey, title: '', abstract: d.text })),
  );
  const untyped: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  const typed: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  documents.forEach((document, index) => {
    const gold = new Map<string, SciercType>();
    for (const span of document.spans) {
      if (span.type !== 'Generic') gold.set(`${span.start}:${span.end}`, span.type);
    }
    const predicted = new Map<string, SciercType>();
    for (const entity of extractions[index]?.entities ?? []) {
      for (const mention of entity.mentions) {
        if (mention.field === 'abstract') {
          predicted.set(`${mention.start}:${mention.end}`, TYPE_OF_KIND[entity.kind]);
        }
      }
    }
    for (const counts of [untyped, typed]) {
      counts.gold += gold.size;
      counts.predicted += predicted.size;
    }
    for (const [span, type] of predicted) {
      const goldType = gold.get(span);
      if (goldType === undefined) continue;
      untyped.truePositives += 1;
      if (goldType === type) typed.truePositives += 1;
    }
  });
  return { untyped, typed };
}
