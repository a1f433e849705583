import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { parsePapers, SOURCE_FORMATS } from '../read-papers.ts';

// Text that looks a little like each format, so the parsers get past their first check.
const nearFormat = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.jsonValue()).map((values) => JSON.stringify(values)),
  fc.array(fc.jsonValue()).map((values) => values.map((v) => JSON.stringify(v)).join('\n')),
  fc
    .string()
    .map(
      (text) =>
        `<?xml version="1.0"?><feed><entry><title>${text}</title><summary>${text}</summary></entry></feed>`,
    ),
  fc.array(fc.string(), { maxLength: 8 }).map((lines) => lines.join('\n\n')),
);

describe('the source parsers on arbitrary input', () => {
  it.each(SOURCE_FORMATS)(
    '%s only refuses binary text, and every paper it returns has a title, an abstract and an origin',
    (format) => {
      fc.assert(
        fc.property(nearFormat, (text) => {
          let parsed: ReturnType<typeof parsePapers>;
          try {
            parsed = parsePapers(text, 'fuzz', format);
          } catch (error) {
            // The one refusal of a whole input: NUL bytes mean a binary file.
            expect(text).toContain('\u0000');
            expect((error as AppError).code).toBe('VALIDATION');
            return;
          }
          const { papers, rejections } = parsed;
          for (const paper of papers) {
            expect(typeof paper.title).toBe('string');
            expect(typeof paper.abstract).toBe('string');
            expect(paper.origin).toMatch(/^fuzz/);
          }
          for (const rejection of rejections) expect(rejection.reason.length).toBeGreaterThan(0);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('format detection either picks a format or refuses with a VALIDATION error', () => {
    fc.assert(
      fc.property(nearFormat, (text) => {
        try {
          parsePapers(text, 'fuzz', 'auto');
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('VALIDATION');
        }
      }),
      { numRuns: 300 },
    );
  });
});
