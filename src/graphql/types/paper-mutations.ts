import { NotFoundError, unauthenticated, ValidationError } from '../../domain/errors.ts';
import { deletePaper, type IngestSummary, ingestPapers } from '../../ingest/ingest-papers.ts';
import type { ParseResult, RawPaper } from '../../ingest/raw-paper.ts';
import { parsePapers, SOURCE_FORMATS, type SourceFormat } from '../../ingest/read-papers.ts';
import type { Context } from '../../server/context.ts';
import { builder } from '../builder.ts';

/** Bounds on one call; larger loads go through `kg ingest`. */
export const INGEST_LIMITS = { papers: 1_000, documentBytes: 5 * 1024 * 1024 } as const;

function requireWriter(context: Context): void {
  if (!context.canWrite)
    throw unauthenticated('Writes need the header Authorization: Bearer <token>');
}

const SourceFormatEnum = builder.enumType('SourceFormat', {
  description: 'The format of a document given to `ingestPapers`.',
  values: Object.fromEntries(
    ['auto', ...SOURCE_FORMATS].map((format) => [
      format.toUpperCase().replace('-', '_'),
      { value: format, description: `${format} input.` },
    ]),
  ),
});

const PaperInput = builder.inputType('PaperInput', {
  description: 'One paper to ingest.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title.' }),
    abstract: t.string({ required: true, description: 'Abstract.' }),
    arxivId: t.string({
      required: false,
      description: 'arXiv id, which then identifies the paper.',
    }),
    authors: t.stringList({ required: false, description: 'Author names in order.' }),
    published: t.string({ required: false, description: 'Publication date, YYYY-MM-DD.' }),
    url: t.string({ required: false, description: "The paper's page." }),
    repositories: t.stringList({
      required: false,
      description: 'Code repository URLs the source states.',
    }),
  }),
});

const IngestPapersInput = builder.inputType('IngestPapersInput', {
  description: 'Papers as objects, or a document in one of the input formats (not both).',
  fields: (t) => ({
    papers: t.field({
      type: [PaperInput],
      required: false,
      description: `At most ${INGEST_LIMITS.papers}.`,
    }),
    document: t.string({
      required: false,
      description:
        'The text of a listing, JSON Lines, daily-papers JSON or Atom file, at most 5 MB.',
    }),
    format: t.field({
      type: SourceFormatEnum,
      required: false,
      description: 'Format of `document` (default AUTO).',
    }),
  }),
});

const RejectionRef = builder.objectRef<{ origin: string; reason: string }>('Rejection').implement({
  description: 'A record that was refused; nothing of it was written.',
  fields: (t) => ({
    origin: t.exposeString('origin', {
      description: 'Where: `papers[3]`, or `document:12` for a line.',
    }),
    reason: t.exposeString('reason', { description: 'Why.' }),
  }),
});

const IngestResultRef = builder.objectRef<IngestSummary>('IngestResult').implement({
  description: 'What an ingest wrote.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'New papers.' }),
    updated: t.exposeInt('updated', { description: 'Papers whose content changed.' }),
    unchanged: t.exposeInt('unchanged', {
      description: 'Papers already stored as given (skipped).',
    }),
    entityLinks: t.exposeInt('entityLinks', { description: 'Entity links written.' }),
    codeLinks: t.exposeInt('codeLinks', { description: 'Code links written.' }),
    authorLinks: t.exposeInt('authorLinks', { description: 'Author links written.' }),
    removed: t.exposeInt('removed', {
      description: 'Entities, repositories and authors left without papers and removed.',
    }),
    rejections: t.field({
      type: [RejectionRef],
      description: 'Records refused.',
      resolve: (summary) => summary.rejections,
    }),
  }),
});

function inputPapers(input: typeof IngestPapersInput.$inferInput): ParseResult {
  if (input.papers && input.document)
    throw new ValidationError('Give either papers or document, not both');
  if (input.document !== undefined && input.document !== null) {
    if (Buffer.byteLength(input.document) > INGEST_LIMITS.documentBytes)
      throw new ValidationError('document is over 5 MB: use kg ingest');
    return parsePapers(
      input.document,
      'document',
      (input.format as SourceFormat | 'auto' | null) ?? 'auto',
    );
  }
  const papers = input.papers ?? [];
  if (papers.length > INGEST_LIMITS.papers)
    throw new ValidationError(
      `At most ${INGEST_LIMITS.papers} papers per call, got ${papers.length}`,
    );
  const raw = papers.map(
    (paper, index): RawPaper => ({
      title: paper.title,
      abstract: paper.abstract,
      ...(paper.arxivId ? { id: paper.arxivId } : {}),
      ...(paper.authors ? { authors: paper.authors } : {}),
      ...(paper.published ? { published: paper.published } : {}),
      ...(paper.url ? { url: paper.url } : {}),
      ...(paper.repositories ? { repositories: paper.repositories } : {}),
      origin: `papers[${index}]`,
      source: 'jsonl',
    }),
  );
  return { papers: raw, rejections: [] };
}

builder.mutationFields((t) => ({
  ingestPapers: t.field({
    type: IngestResultRef,
    description:
      'Extracts and writes papers with the same semantics as `kg ingest`: idempotent, one transaction per batch.',
    errors: {
      types: [ValidationError],
      directResult: true,
      union: {
        name: 'IngestPapersResult',
        description: 'What was written, or why the input was refused.',
      },
    },
    args: { input: t.arg({ type: IngestPapersInput, required: true, description: 'The papers.' }) },
    resolve: async (_root, args, context) => {
      requireWriter(context);
      const { papers, rejections } = inputPapers(args.input);
      const summary = await ingestPapers(context.graph, papers);
      return { ...summary, rejections: [...rejections, ...summary.rejections] };
    },
  }),
  deletePaper: t.field({
    type: 'Boolean',
    description:
      'Deletes a paper by stable id, and the entities, repositories and authors only it linked to.',
    errors: {
      types: [NotFoundError],
      union: { name: 'DeletePaperResult', description: 'The deletion, or NotFoundError.' },
      result: { name: 'DeletePaperSuccess', description: 'The paper was deleted.' },
      dataField: { name: 'deleted', description: 'Always true.' },
    },
    args: { id: t.arg.id({ required: true, description: 'Stable paper id (`paperId`).' }) },
    resolve: async (_root, args, context) => {
      requireWriter(context);
      if (!(await deletePaper(context.graph, String(args.id))))
        throw new NotFoundError(`No paper has id "${args.id}"`);
      return true;
    },
  }),
}));
