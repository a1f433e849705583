import type { Mention, Provenance } from '../../domain/models.ts';
import { builder } from '../builder.ts';

const MentionRef = builder.objectRef<Mention>('Mention').implement({
  description:
    'Where in a paper a link or entity was found: JavaScript string offsets, end exclusive.',
  fields: (t) => ({
    field: t.exposeString('field', { description: '`title` or `abstract`.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset after the last character.' }),
  }),
});

export const ProvenanceRef = builder.objectRef<Provenance>('Provenance').implement({
  description: 'Where an extracted link came from.',
  fields: (t) => ({
    confidence: t.exposeFloat('confidence', {
      description: 'How sure the extractor is, from 0 to 1.',
    }),
    extractorVersion: t.exposeString('extractorVersion', {
      description: 'The extractor version that made the link.',
    }),
    mentions: t.field({
      type: [MentionRef],
      description: 'Every place in the paper the link was read from.',
      resolve: (provenance) => provenance.mentions,
    }),
  }),
});
