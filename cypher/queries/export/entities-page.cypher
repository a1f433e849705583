// Entities (with their kind label) in order of their unique key, one page after the keyset cursor $after: the
// uniqueness constraint's index gives the order, so each page costs its own size, not the graph's.
// Returns: key (STRING), labels (LIST<STRING>), props (MAP of every property).
// $after: STRING ('' for the first page); $limit: INT
MATCH (e:Entity)
WHERE e.key > $after
RETURN e.key AS key, labels(e) AS labels, properties(e) AS props
ORDER BY key
LIMIT $limit
