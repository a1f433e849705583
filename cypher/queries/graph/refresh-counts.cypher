// Recomputes paperCount for the entities, repositories and authors whose links just changed, and
// removes the ones no paper links to any more. Runs in the same transaction as the writes.
// Only papers have these relationships, so the counts are degrees the store answers directly.
// Returns: removed (INT).
// $entityKeys, $repositoryKeys, $authorKeys: LIST<STRING>
CALL () {
  UNWIND $entityKeys AS key
  MATCH (node:Entity {key: key})
  RETURN node, COUNT { (node)<-[:PROPOSES|USES|MENTIONS]-() } AS papers
  UNION
  UNWIND $repositoryKeys AS key
  MATCH (node:Repository {key: key})
  RETURN node, COUNT { (node)<-[:HAS_CODE]-() } AS papers
  UNION
  UNWIND $authorKeys AS key
  MATCH (node:Author {key: key})
  RETURN node, COUNT { (node)-[:AUTHORED]->() } AS papers
}
SET node.paperCount = papers
WITH node, papers WHERE papers = 0
DETACH DELETE node
RETURN count(*) AS removed
