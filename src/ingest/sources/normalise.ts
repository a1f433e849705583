/** Value checks shared by the parsers, so every format accepts and writes the same shapes. */

/** Sources wrap titles and abstracts over lines; the graph stores them as one line each. */
export const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

// `new Date('2021-02-30')` rolls over to March instead of failing, so the day is checked by hand.
function isRealDay(text: string): boolean {
  const [, year, month, day] = (DATE.exec(text) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The reason every parser gives for a date `isoDate` refuses. */
export const NOT_A_DATE = 'is not an ISO 8601 date or date-time with a zone';

/**
 * `YYYY-MM-DD` as it is, or a date-time with a time zone as UTC ISO 8601
 * (`2021-02-24T17:12:48.000Z`); `undefined` for anything else. A date-time without a zone is
 * refused because its instant is unknown.
 */
export function isoDate(text: string): string | undefined {
  const value = text.trim();
  if (!isRealDay(value)) return undefined;
  if (value.length === 10) return value;
  if (!DATE_TIME.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The URL as given when it is an absolute http(s) URL, else `undefined`. */
export function httpUrl(text: string): string | undefined {
  const value = text.trim();
  if (!URL.canParse(value)) return undefined;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:' ? value : undefined;
}
