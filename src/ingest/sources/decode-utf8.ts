/** A file's text and which of its lines were not valid UTF-8 (1-based). */
export interface DecodedText {
  text: string;
  invalidLines: ReadonlySet<number>;
}

/**
 * Decodes bytes as UTF-8 without losing the file's line structure: invalid sequences become
 * U+FFFD (never a newline), and the lines that held them are listed so that a line-based parser
 * can reject just those records. The per-line pass runs only when the whole file fails.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: strict.decode(bytes), invalidLines: new Set() };
  } catch {
    const invalidLines = new Set<number>();
    for (let start = 0, line = 1; start <= bytes.length; line++) {
      const newline = bytes.indexOf(10, start);
      const end = newline === -1 ? bytes.length : newline;
      try {
        strict.decode(bytes.subarray(start, end));
      } catch {
        invalidLines.add(line);
      }
      start = end + 1;
    }
    return { text: new TextDecoder('utf-8').decode(bytes), invalidLines };
  }
}
