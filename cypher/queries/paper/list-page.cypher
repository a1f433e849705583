// One page of papers for keyset pagination (stable under inserts, unlike offsets), filtered and
// ordered. The cursor is the sort value and id of the last row of the previous page.
// Returns: paper (MAP of Paper properties), sortValue (STRING).
// $orderBy: 'ID' | 'PUBLISHED_DESC' | 'TITLE'; $afterValue, $afterId: STRING or null;
// $entityKey: STRING or null (papers linked to that entity); $role: 'PROPOSES' | 'USES' |
// 'MENTIONS' or null (with $entityKey); $proposesKind: STRING or null (papers proposing an
// entity of that kind); $hasCode: BOOLEAN or null; $publishedFrom, $publishedTo: STRING or null
// (ISO dates, inclusive: the 'T99' suffix below keeps date-times of the last day); $textIds: LIST<STRING> or null (ids matching a full-text filter);
// $limit: INT
// $withAbstracts, $withPaperDetails: BOOLEAN (false: a paper's abstract, or its other properties
// but id and title, are null; src/graph/projection.ts)
MATCH (p:Paper)
WHERE ($textIds IS NULL OR p.id IN $textIds)
  AND ($entityKey IS NULL OR EXISTS {
    MATCH (p)-[link:PROPOSES|USES|MENTIONS]->(:Entity {key: $entityKey}) WHERE $role IS NULL OR type(link) = $role })
  AND ($proposesKind IS NULL OR EXISTS { MATCH (p)-[:PROPOSES]->(e:Entity) WHERE e.kind = $proposesKind })
  AND ($hasCode IS NULL OR EXISTS { (p)-[:HAS_CODE]->() } = $hasCode)
  AND ($publishedFrom IS NULL OR p.published >= $publishedFrom)
  AND ($publishedTo IS NULL OR p.published <= $publishedTo + 'T99')
WITH p, CASE $orderBy WHEN 'PUBLISHED_DESC' THEN coalesce(p.published, '') WHEN 'TITLE' THEN toLower(p.title) ELSE p.id END AS sortValue
WHERE $afterId IS NULL
   OR ($orderBy = 'PUBLISHED_DESC' AND (sortValue < $afterValue OR (sortValue = $afterValue AND p.id > $afterId)))
   OR ($orderBy <> 'PUBLISHED_DESC' AND (sortValue > $afterValue OR (sortValue = $afterValue AND p.id > $afterId)))
WITH p, sortValue
ORDER BY CASE WHEN $orderBy = 'PUBLISHED_DESC' THEN sortValue END DESC,
         CASE WHEN $orderBy <> 'PUBLISHED_DESC' THEN sortValue END ASC,
         p.id ASC
LIMIT $limit
RETURN p {.id, .title, abstract: CASE WHEN $withAbstracts THEN p.abstract END,
  details: CASE WHEN $withPaperDetails THEN p {.source, .homepages, .arxivId, .published, .url} END} AS paper, sortValue
