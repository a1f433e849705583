import neo4j from 'neo4j-driver';
import type { ValueType } from './graph-layout.ts';

/** A property value as every format writes it: dates as ISO 8601 strings, lists as arrays. */
export type ExportValue = string | number | string[] | number[];

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isNumbers = (value: unknown, integers: boolean): value is number[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'number' && (!integers || Number.isInteger(item)));

function convert(value: unknown, type: ValueType): ExportValue | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'string[]':
      return isStrings(value) ? value : undefined;
    case 'long':
      return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
    case 'long[]':
      return isNumbers(value, true) ? value : undefined;
    case 'double':
      return typeof value === 'number' ? value : undefined;
    case 'datetime':
      return neo4j.isDateTime(value as object) ? String(value) : undefined;
  }
}

/**
 * The properties of one record, checked against the layout: an unknown property or a value of
 * another type stops the export with the record's name, since writing it would lose or garble it.
 */
export function exportProperties(
  props: Record<string, unknown>,
  layout: Readonly<Record<string, ValueType>>,
  record: string,
  skip: readonly string[] = [],
): Record<string, ExportValue> {
  const out: Record<string, ExportValue> = {};
  for (const [name, value] of Object.entries(props)) {
    if (skip.includes(name) || value === null || value === undefined) continue;
    const type = layout[name];
    if (!type) {
      throw new Error(
        `${record}: property ${name} is not in the export layout (src/export/graph-layout.ts)`,
      );
    }
    const converted = convert(value, type);
    if (converted === undefined) {
      throw new Error(`${record}: property ${name} is not a ${type}: ${JSON.stringify(value)}`);
    }
    out[name] = converted;
  }
  return out;
}
