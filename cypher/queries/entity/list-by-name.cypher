// One page of entities for keyset pagination, by name; ties by key. The range index on name gives
// the order, so a page reads about $limit entities, not every entity.
// Returns: entity (MAP).
// $kind: STRING or null; $afterName: STRING or null; $afterKey: STRING or null (the last row of
// the previous page); $limit: INT
MATCH (e:Entity)
WHERE e.name >= coalesce($afterName, '')
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($afterKey IS NULL OR e.name > $afterName OR e.key > $afterKey)
WITH e
ORDER BY e.name, e.key
LIMIT $limit
RETURN e {.key, .kind, .name, .aliases, .paperCount} AS entity
