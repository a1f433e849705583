/** Splitting a text at extracted mentions, so that each can be marked. */

export interface Span {
  /** JavaScript string offsets, end exclusive (as the API's `Mention`). */
  start: number;
  end: number;
  /** What to mark it with, e.g. the entity's kind. */
  kind: string;
  /** Shown on hover: the entity's name and role. */
  title: string;
}

export interface Segment {
  text: string;
  span?: Span;
}

/**
 * Cuts `text` into plain and marked segments. Spans outside the text or empty are dropped;
 * where spans overlap the one that starts first (then the longer one) wins.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const usable = spans
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of usable) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
