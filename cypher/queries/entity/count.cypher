// The number of entities, of one kind or all. Returns: count (INT). $kind: STRING or null
MATCH (e:Entity)
WHERE $kind IS NULL OR e.kind = $kind
RETURN count(e) AS count
