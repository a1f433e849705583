// The number of papers a filter matches (the same filter as paper/list-page).
// Returns: count (INT). Parameters, as in paper/list-page: $entityKey, $role, $proposesKind,
// $hasCode, $publishedFrom, $publishedTo, $textIds.
MATCH (p:Paper)
WHERE ($textIds IS NULL OR p.id IN $textIds)
  AND ($entityKey IS NULL OR EXISTS {
    MATCH (p)-[link:PROPOSES|USES|MENTIONS]->(:Entity {key: $entityKey}) WHERE $role IS NULL OR type(link) = $role })
  AND ($proposesKind IS NULL OR EXISTS { MATCH (p)-[:PROPOSES]->(e:Entity) WHERE e.kind = $proposesKind })
  AND ($hasCode IS NULL OR EXISTS { (p)-[:HAS_CODE]->() } = $hasCode)
  AND ($publishedFrom IS NULL OR p.published >= $publishedFrom)
  AND ($publishedTo IS NULL OR p.published <= $publishedTo + 'T99')
RETURN count(p) AS count
