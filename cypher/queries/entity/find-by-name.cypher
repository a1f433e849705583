// The entity a name means: its canonical key, its display name or one of its aliases, in that
// order of preference, case-insensitively ("PVT" finds Pyramid Vision Transformer).
// Returns: entity (MAP), at most one row.
// $key: STRING, the canonical key of $name; $name: STRING; $phrase: STRING, $name as an escaped
// Lucene phrase for the entity_text full-text index.
CALL () {
  MATCH (e:Entity {key: $key})
  RETURN e, 0 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('entity_text', $phrase, {limit: 50}) YIELD node AS e
  WITH e WHERE toLower(e.name) = toLower($name) OR any(alias IN e.aliases WHERE toLower(alias) = toLower($name))
  RETURN e, CASE WHEN toLower(e.name) = toLower($name) THEN 1 ELSE 2 END AS rank
}
WITH e, min(rank) AS rank
ORDER BY rank, e.paperCount DESC, e.key
LIMIT 1
RETURN e {.key, .kind, .name, .aliases, .paperCount} AS entity
