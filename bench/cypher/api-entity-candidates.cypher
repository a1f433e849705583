// Entities of middling popularity for the API benchmark to ask about, in key order so that a
// seeded shuffle of them picks the same sample on every run.
// Returns: key (STRING), kind (STRING), name (STRING), paperCount (INT).
// $minPapers: INT; $maxPapers: INT
MATCH (entity:Entity)
WHERE $minPapers <= entity.paperCount <= $maxPapers
RETURN entity.key AS key, entity.kind AS kind, entity.name AS name, entity.paperCount AS paperCount
ORDER BY key
