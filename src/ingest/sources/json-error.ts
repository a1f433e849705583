/**
 * A `JSON.parse` message made short and stable: V8 echoes the whole input
 * (`Unexpected token 'x', "{…}" is not valid JSON`), which for a long record buries the reason,
 * and newer versions add `(line 1 column 14)` to a position that is already there.
 */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const short = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ (in|after) JSON at position (\d+)(?: \(line \d+ column \d+\))?/, (_, where, at) => {
      const column = Number(at) + 1;
      return where === 'after'
        ? ` after the JSON value at column ${column}`
        : ` at column ${column}`;
    });
  return `invalid JSON: ${short.length > 120 ? `${short.slice(0, 117)}...` : short}`;
}
