/** Precision, recall and F1 from counts, and a fixed-width table row for them. */
export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export function score(counts: Counts) {
  const precision = counts.predicted === 0 ? 0 : counts.truePositives / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.truePositives / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function row(label: string, counts: Counts): string {
  const { precision, recall, f1 } = score(counts);
  const cells = [precision, recall, f1].map((value) => value.toFixed(3).padStart(9));
  const support = `${counts.truePositives}/${counts.predicted}/${counts.gold}`.padStart(16);
  return `${label.padEnd(44)}${cells.join('')}${support}`;
}

export function header(): string {
  return `${'evaluation'.padEnd(44)}${['P', 'R', 'F1'].map((h) => h.padStart(9)).join('')}${'tp/pred/gold'.padStart(16)}`;
}
