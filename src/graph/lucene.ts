// Characters that mean something in Lucene's query syntax; user input must not be able to use them.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** User words as a Lucene query: each term escaped, exact OR fuzzy (one edit) for longer words. */
export function luceneQuery(text: string): string {
  const terms = text
    .split(/\s+/)
    // Lower case: the index is lower-cased anyway, and AND, OR, NOT stop being operators.
    .map((word) => word.toLowerCase().replace(SPECIAL, (char) => `\\${char}`))
    .filter((word) => word.length > 0);
  if (terms.length === 0) return '""';
  return terms.map((term) => (term.length >= 5 ? `(${term} OR ${term}~1)` : term)).join(' AND ');
}
