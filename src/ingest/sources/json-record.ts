import { arxivIdOf } from './arxiv-id.ts';
import { collapseWhitespace, httpUrl, isoDate, NOT_A_DATE } from './normalise.ts';

/**
 * Field checks for paper records that arrive as JSON (JSON Lines, the Hugging Face daily-papers
 * array). A failed check throws a `RecordError` whose message is the rejection reason; the parser
 * catches it and rejects that one record, so the rest of the file is still read.
 */
export class RecordError extends Error {
  override name = 'RecordError';
}

export type JsonObject = Record<string, unknown>;

/** How a JSON value is described in a reason: `an array`, `null`, `a number`, … */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

export function asObject(value: unknown, label: string): JsonObject {
  if (value === undefined) throw new RecordError(`${label} is missing`);
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as JsonObject;
  throw new RecordError(`${label} must be a JSON object, not ${kindOf(value)}`);
}

/** Readers for the fields of one object; `prefix` names where it sits (`paper.`) in reasons. */
export function fieldsOf(record: JsonObject, prefix = '') {
  // `null` counts as absent: JSON writers commonly emit it for a field they have no value for.
  const get = (key: string) => record[key] ?? undefined;
  const name = (key: string) => `${prefix}${key}`;

  function string(key: string): string | undefined {
    const value = get(key);
    if (value === undefined || typeof value === 'string') return value;
    throw new RecordError(`${name(key)} must be a string, not ${kindOf(value)}`);
  }

  return {
    /** Title and abstract: required, whitespace collapsed, not empty. */
    text(key: string): string {
      const value = string(key);
      if (value === undefined) throw new RecordError(`${name(key)} is missing`);
      const text = collapseWhitespace(value);
      if (text === '') throw new RecordError(`${name(key)} is empty`);
      return text;
    },

    /** An id the source gives, without its version when it is an arXiv id; empty is absent. */
    id(key: string): string | undefined {
      // Only strings: a number would be a misread arXiv id, as JSON turns 1810.11920 into 1810.1192.
      const value = string(key)?.trim();
      return value ? (arxivIdOf(value) ?? value) : undefined;
    },

    /** An id that claims to be an arXiv id must be one; its version is dropped. */
    arxivId(key: string): string | undefined {
      const value = string(key)?.trim();
      if (!value) return undefined;
      const id = arxivIdOf(value);
      if (!id) throw new RecordError(`${name(key)} "${value.slice(0, 40)}" is not an arXiv id`);
      return id;
    },

    /** Names given as strings or as `{name}` objects (the Hugging Face shape). */
    names(key: string): string[] | undefined {
      const value = get(key);
      if (value === undefined) return undefined;
      if (!Array.isArray(value))
        throw new RecordError(`${name(key)} must be an array of names, not ${kindOf(value)}`);
      // An empty list says no more than a missing one, and is stored the same way.
      if (value.length === 0) return undefined;
      return value.map((item: unknown, index) => {
        const raw = typeof item === 'object' && item !== null ? (item as JsonObject).name : item;
        const text = typeof raw === 'string' ? collapseWhitespace(raw) : '';
        if (text === '')
          throw new RecordError(
            `${name(key)}[${index}] must be a non-empty name or an object with one`,
          );
        return text;
      });
    },

    date(key: string): string | undefined {
      const value = string(key);
      if (value === undefined) return undefined;
      const date = isoDate(value);
      if (!date) throw new RecordError(`${name(key)} "${value.slice(0, 40)}" ${NOT_A_DATE}`);
      return date;
    },

    url(key: string): string | undefined {
      const value = string(key);
      if (value === undefined || value.trim() === '') return undefined;
      const url = httpUrl(value);
      if (!url) throw new RecordError(`${name(key)} "${value.slice(0, 80)}" is not an http(s) URL`);
      return url;
    },

    urls(key: string): string[] | undefined {
      const value = get(key);
      if (value === undefined) return undefined;
      if (!Array.isArray(value))
        throw new RecordError(`${name(key)} must be an array of URLs, not ${kindOf(value)}`);
      return value.map((item: unknown, index) => {
        const url = typeof item === 'string' ? httpUrl(item) : undefined;
        if (!url) throw new RecordError(`${name(key)}[${index}] is not an http(s) URL`);
        return url;
      });
    },
  };
}
