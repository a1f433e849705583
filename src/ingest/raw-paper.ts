/** One paper as a source gives it, before extraction; `origin` says where it came from for error messages. */
export interface RawPaper {
  /** arXiv id or the source's own id, when it has one. */
  id?: string;
  title: string;
  abstract: string;
  /** `file:line` of the record. */
  origin: string;
  source: string;
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
