// The entities in most papers: the API benchmark reports them apart, as the worst case of the
// traversals' hub caps.
// Returns: key (STRING), kind (STRING), name (STRING), paperCount (INT).
// $count: INT
MATCH (entity:Entity)
RETURN entity.key AS key, entity.kind AS kind, entity.name AS name, entity.paperCount AS paperCount
ORDER BY paperCount DESC, key
LIMIT $count
