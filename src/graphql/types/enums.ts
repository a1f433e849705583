import { builder } from '../builder.ts';

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'What an extracted entity is.',
  values: {
    METHOD: { value: 'method', description: 'A method, model, architecture or system.' },
    TASK: { value: 'task', description: 'A problem or task.' },
    DATASET: { value: 'dataset', description: 'A dataset, benchmark or corpus.' },
    METRIC: { value: 'metric', description: 'An evaluation metric.' },
    CONCEPT: { value: 'concept', description: 'Any other scientific term.' },
  } as const,
});

export const EntityRoleEnum = builder.enumType('EntityRole', {
  description: 'What a paper does with an entity.',
  values: {
    PROPOSED: { value: 'proposed', description: 'The paper introduces it.' },
    USED: { value: 'used', description: 'The paper applies or builds on it.' },
    MENTIONED: { value: 'mentioned', description: 'The paper names it otherwise.' },
  } as const,
});

export const PaperOrderEnum = builder.enumType('PaperOrder', {
  description: 'How `papers` is sorted; ties are broken by paper id.',
  values: {
    ID: { value: 'ID', description: 'By stable paper id (the default).' },
    PUBLISHED_DESC: {
      value: 'PUBLISHED_DESC',
      description: 'Newest first; papers without a date last.',
    },
    TITLE: { value: 'TITLE', description: 'By title, case-insensitively.' },
  } as const,
});

export const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How `entities` is sorted; ties are broken by key.',
  values: {
    PAPER_COUNT: { value: 'PAPER_COUNT', description: 'Most papers first.' },
    NAME: { value: 'NAME', description: 'By display name.' },
  } as const,
});
