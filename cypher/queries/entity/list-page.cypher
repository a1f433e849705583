// One page of entities for keyset pagination, by paper count (most first) or by name; ties by key.
// Returns: entity (MAP).
// $kind: STRING or null; $orderBy: 'PAPER_COUNT' | 'NAME'; $afterCount: INT or null;
// $afterName: STRING or null; $afterKey: STRING or null (the last row of the previous page);
// $limit: INT
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($afterKey IS NULL
    OR ($orderBy = 'PAPER_COUNT' AND (e.paperCount < $afterCount OR (e.paperCount = $afterCount AND e.key > $afterKey)))
    OR ($orderBy = 'NAME' AND (e.name > $afterName OR (e.name = $afterName AND e.key > $afterKey))))
WITH e
ORDER BY CASE WHEN $orderBy = 'PAPER_COUNT' THEN -e.paperCount END, CASE WHEN $orderBy = 'NAME' THEN e.name END, e.key
LIMIT $limit
RETURN e {.key, .kind, .name, .aliases, .paperCount} AS entity
