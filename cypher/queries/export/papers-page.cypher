// Papers in order of their unique id, one page after the keyset cursor $after: the
// uniqueness constraint's index gives the order, so each page costs its own size, not the graph's.
// Returns: key (STRING), labels (LIST<STRING>), props (MAP of every property).
// $after: STRING ('' for the first page); $limit: INT
MATCH (p:Paper)
WHERE p.id > $after
RETURN p.id AS key, labels(p) AS labels, properties(p) AS props
ORDER BY key
LIMIT $limit
