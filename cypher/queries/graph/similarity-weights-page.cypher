// Recomputes the similarity weights of up to $limit papers after $after in id order: for each,
// idfTerms = k, its informative entities (2 <= paperCount <= $cap), and idfLogSum = L, the sum of
// their paper counts' logs, so that its sum of idf is k x ln(N) - L (traversal/similar-papers).
// Writes only the papers whose values changed: after a small write, few do.
// Returns: last (STRING: the page's last id, null when there was none), papers, changed (INT)
// $after: STRING ('' for the first page); $limit: INT; $cap: FLOAT
MATCH (paper:Paper)
WHERE paper.id > $after
WITH paper ORDER BY paper.id LIMIT $limit
CALL (paper) {
  MATCH (paper)-[:PROPOSES|USES|MENTIONS]->(entity)
  WHERE 2 <= entity.paperCount <= $cap
  RETURN count(entity) AS terms, toFloat(coalesce(sum(log(entity.paperCount)), 0)) AS logSum
}
CALL (paper, terms, logSum) {
  WITH paper, terms, logSum
  WHERE paper.idfTerms IS NULL OR paper.idfTerms <> terms OR paper.idfLogSum <> logSum
  SET paper.idfTerms = terms, paper.idfLogSum = logSum
  RETURN count(paper) AS changed
}
RETURN max(paper.id) AS last, count(paper) AS papers, sum(changed) AS changed
