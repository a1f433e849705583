/**
 * Evaluation measures papers cite by short name. The tagger, trained on 2000s abstracts, reads
 * "AP" or "FLOPs" as methods; these names are metrics whatever the context.
 */
const METRIC_KEYS = new Set([
  'ap',
  'map',
  'auc',
  'roc',
  'f1',
  'fscore',
  'f1 score',
  'bleu',
  'rouge',
  'meteor',
  'cider',
  'psnr',
  'ssim',
  'fid',
  'mse',
  'rmse',
  'mae',
  'iou',
  'miou',
  'flop',
  'top1 accuracy',
  'top5 accuracy',
  'accuracy',
  'precision',
  'recall',
  'perplexity',
  'wer',
  'ndcg',
  'mrr',
  'latency',
  'throughput',
]);

export function isKnownMetric(key: string): boolean {
  return METRIC_KEYS.has(key);
}
