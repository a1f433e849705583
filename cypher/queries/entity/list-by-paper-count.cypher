// One page of entities for keyset pagination, most papers first; ties by key. The range index on
// paperCount gives the order, so a page reads about $limit entities plus those tied with the
// last one, not every entity.
// Returns: entity (MAP).
// $kind: STRING or null; $afterCount: INT or null; $afterKey: STRING or null (the last row of
// the previous page); $limit: INT
MATCH (e:Entity)
WHERE e.paperCount <= coalesce($afterCount, 9223372036854775807)
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($afterKey IS NULL OR e.paperCount < $afterCount OR e.key > $afterKey)
WITH e
ORDER BY e.paperCount DESC, e.key
LIMIT $limit
RETURN e {.key, .kind, .name, .aliases, .paperCount} AS entity
