/** Colours: one per kind of node (fill), one per cluster (ring). Dark enough for white text. */

export const KIND_COLOURS: Record<string, string> = {
  paper: '#1f5fa8',
  method: '#b3361b',
  task: '#2b7a3d',
  dataset: '#7a3fa0',
  metric: '#a15c00',
  concept: '#5b6470',
  repository: '#111827',
  author: '#0f766e',
};

export const KIND_LABELS: Record<string, string> = {
  paper: 'Paper',
  method: 'Method',
  task: 'Task',
  dataset: 'Dataset',
  metric: 'Metric',
  concept: 'Concept',
  repository: 'Repository',
  author: 'Author',
};

const CLUSTER_COLOURS = [
  '#f59e0b',
  '#10b981',
  '#ec4899',
  '#06b6d4',
  '#8b5cf6',
  '#84cc16',
  '#f97316',
  '#0ea5e9',
  '#e11d48',
  '#a3a3a3',
];

export const kindColour = (kind: string): string => KIND_COLOURS[kind] ?? '#5b6470';

export const clusterColour = (community: number): string =>
  CLUSTER_COLOURS[Math.abs(community) % CLUSTER_COLOURS.length] ?? '#a3a3a3';
