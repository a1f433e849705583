// Whether the similarity weights the papers store may be used now (traversal/similar-papers.cypher
// uses them under the same condition), and the version and cap a refresh would compute them for.
// The cap is the same as similar-papers': min($maxPapers, max(2, $genericShare x N)).
// Returns: version (INT: 0 before any write), current (BOOLEAN), cap (FLOAT), papers (INT)
// $genericShare: FLOAT; $maxPapers: INT
CALL () {
  MATCH (paper:Paper)
  RETURN toFloat(count(paper)) AS total
}
WITH total, CASE WHEN total * $genericShare < 2 THEN 2.0 ELSE total * $genericShare END AS share
WITH total, CASE WHEN share > $maxPapers THEN toFloat($maxPapers) ELSE share END AS cap
OPTIONAL MATCH (state:__KgGraphState {id: 'graph'})
RETURN
  coalesce(state.version, 0) AS version,
  coalesce(state.weightsVersion = state.version AND state.weightsCap = cap, false) AS current,
  cap,
  toInteger(total) AS papers
