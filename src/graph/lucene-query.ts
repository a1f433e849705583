/** Longer queries are cut: every fuzzy term costs an automaton walk over the index's terms. */
export const MAX_QUERY_TERMS = 16;
/** Shorter terms match exactly only: one edit on a short word matches too much. */
export const FUZZY_MIN_LENGTH = 5;

// Every character Lucene's classic query parser treats as syntax.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** `text` with every Lucene syntax character backslash-escaped. */
export const escapeLucene = (text: string) => text.replace(SPECIAL, '\\$&');

/**
 * A Lucene query for free text typed by a user, with typo tolerance and no way to inject syntax:
 * the text is cut into lower-case letter/digit runs (so operators, quotes, field prefixes and
 * AND/OR/NOT lose their meaning), each escaped again for safety, and each term becomes
 * `term` or, for terms of FUZZY_MIN_LENGTH or more, `(term OR term~1)` (one edit away). Terms are
 * ORed, so documents with more of them rank higher, or ANDed with `allTerms` (a filter). Empty
 * when there is nothing to look for.
 */
export function toLuceneQuery(
  text: string,
  { allTerms = false }: { allTerms?: boolean } = {},
): string {
  const terms = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, MAX_QUERY_TERMS)
    .map(escapeLucene);
  return terms
    .map((term) => (term.length >= FUZZY_MIN_LENGTH ? `(${term} OR ${term}~1)` : term))
    .join(allTerms ? ' AND ' : ' OR ');
}
