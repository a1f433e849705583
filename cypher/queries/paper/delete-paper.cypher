// Deletes a paper and its links; what it linked to keeps its nodes until refresh-counts (run
// next, in the same transaction) finds them without papers.
// Returns: deleted (INT), entityKeys, repositoryKeys, authorKeys (LIST<STRING>).
// $id: STRING
MATCH (paper:Paper {id: $id})
CALL (paper) {
  OPTIONAL MATCH (paper)-[:PROPOSES|USES|MENTIONS]->(e:Entity)
  RETURN collect(e.key) AS entityKeys
}
CALL (paper) {
  OPTIONAL MATCH (paper)-[:HAS_CODE]->(r:Repository)
  RETURN collect(r.key) AS repositoryKeys
}
CALL (paper) {
  OPTIONAL MATCH (a:Author)-[:AUTHORED]->(paper)
  RETURN collect(a.key) AS authorKeys
}
DETACH DELETE paper
RETURN 1 AS deleted, entityKeys, repositoryKeys, authorKeys
