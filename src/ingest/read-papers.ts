import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validation } from '../domain/errors.ts';
import type { ParseResult } from './raw-paper.ts';
import { parseListing } from './sources/listing.ts';

export type SourceFormat = 'listing';

/** Reads one input file with the parser for its format. */
export function readPapers(file: string, format: SourceFormat = 'listing'): ParseResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw validation(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (bytes.includes(0)) throw validation(`${file}: is a binary file, not a paper listing`);
  const name = path.basename(file);
  switch (format) {
    case 'listing':
      return parseListing(bytes.toString('utf8'), name);
  }
}
