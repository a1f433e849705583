// Recomputes paperCount for the entities, repositories and authors whose links just changed, and
// removes the ones no paper links to any more. Runs in the same transaction as the writes.
// Only papers have these relationships, so the counts are degrees the store answers directly.
// Every write of papers or links runs it, so it also moves the graph version on.
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
WITH count(*) AS removed
// Moves the graph version on, last, so that writers lock the state node only after everything else
// (no lock-order deadlock). Similarity weights stored before this write are no longer used.
MERGE (state:__KgGraphState {id: 'graph'})
  ON CREATE SET state.version = 1
  ON MATCH SET state.version = state.version + 1
RETURN removed
