// The side-by-side benchmark's floor for entities by paper count (most first, ties by key),
// optionally of one kind.
// Returns: key (STRING), name (STRING), paperCount (INT), one row per entity.
// $kind: STRING or null; $first: INT
MATCH (entity:Entity)
WHERE $kind IS NULL OR entity.kind = $kind
RETURN entity.key AS key, entity.name AS name, entity.paperCount AS paperCount
ORDER BY entity.paperCount DESC, entity.key
LIMIT $first
