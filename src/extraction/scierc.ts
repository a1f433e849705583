/**
 * Reads one SciERC document (a parsed JSON line) into plain text plus gold entity spans as
 * character offsets. SciERC gives tokens only, with PTB bracket escapes; the extractor works on
 * text, so the text is rebuilt with natural spacing and every token's offsets are kept to map the
 * gold token spans onto characters.
 */

export type SciercType =
  | 'Task'
  | 'Method'
  | 'Metric'
  | 'Material'
  | 'OtherScientificTerm'
  | 'Generic';

export interface SciercSpan {
  start: number;
  end: number;
  type: SciercType;
}

export interface SciercDocument {
  docKey: string;
  text: string;
  /** Character offsets of each SciERC token in `text`, end exclusive. */
  tokenOffsets: [number, number][];
  spans: SciercSpan[];
}

interface RawScierc {
  doc_key: string;
  sentences: string[][];
  ner: [number, number, string][][];
}

const UNESCAPE: Record<string, string> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
  '``': '"',
  "''": '"',
};

// Tokens written without a space before them, and tokens after which no space follows.
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', ')', ']', '}', '?', '!', '%', "'s", "n't"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{']);

export function readScierc(raw: RawScierc): SciercDocument {
  let text = '';
  const tokenOffsets: [number, number][] = [];
  let previous = '';
  for (const sentence of raw.sentences) {
    for (const token of sentence) {
      const value = UNESCAPE[token] ?? token;
      const needsSpace =
        text.length > 0 && !NO_SPACE_BEFORE.has(value) && !NO_SPACE_AFTER.has(previous);
      if (needsSpace) text += ' ';
      tokenOffsets.push([text.length, text.length + value.length]);
      text += value;
      previous = value;
    }
  }
  const spans: SciercSpan[] = [];
  for (const sentence of raw.ner) {
    for (const [first, last, type] of sentence) {
      const from = tokenOffsets[first];
      const to = tokenOffsets[last];
      if (from && to) spans.push({ start: from[0], end: to[1], type: type as SciercType });
    }
  }
  return { docKey: raw.doc_key, text, tokenOffsets, spans };
}

/** Parses the JSON-lines content of a SciERC split. */
export function parseScierc(content: string): SciercDocument[] {
  return content
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => readScierc(JSON.parse(line) as RawScierc));
}
