/** The formats papers arrive in; each has one parser under `sources/`. */
export type PaperSource = 'listing' | 'jsonl' | 'hf-daily' | 'arxiv';

/** One paper as a source gives it, before extraction; `origin` says where it came from for error messages. */
export interface RawPaper {
  /** arXiv id (without version) or the source's own id, when it has one. */
  id?: string;
  title: string;
  abstract: string;
  /** Author names in the order the source lists them. */
  authors?: string[];
  /** Publication date: `YYYY-MM-DD`, or a full ISO 8601 date-time in UTC when the source has the time. */
  published?: string;
  /** The paper's page as the source links it (e.g. the arXiv abstract page). */
  url?: string;
  /** Code repository URLs the source itself states (not ones found in the abstract's text). */
  repositories?: string[];
  /** `file:line` of the record, or `file#/3` (a JSON pointer) for an element of a JSON document. */
  origin: string;
  source: PaperSource;
}

/** A record that was refused, with where it is and why. Nothing of it is written. */
export interface Rejection {
  origin: string;
  reason: string;
}

export interface ParseResult {
  papers: RawPaper[];
  rejections: Rejection[];
}

/** Options a line-based parser takes from the reader of the file's bytes. */
export interface LineParseOptions {
  /** 1-based numbers of lines whose bytes are not valid UTF-8: their records are rejected. */
  invalidLines?: ReadonlySet<number>;
}

/** `paper` without the optional fields its source did not give, so records compare and print cleanly. */
export function compactPaper(paper: RawPaper): RawPaper {
  return Object.fromEntries(
    Object.entries(paper).filter(([, value]) => value !== undefined),
  ) as unknown as RawPaper;
}
