// Repositories in order of their unique key, one page after the keyset cursor $after: the
// uniqueness constraint's index gives the order, so each page costs its own size, not the graph's.
// Returns: key (STRING), labels (LIST<STRING>), props (MAP of every property).
// $after: STRING ('' for the first page); $limit: INT
MATCH (r:Repository)
WHERE r.key > $after
RETURN r.key AS key, labels(r) AS labels, properties(r) AS props
ORDER BY key
LIMIT $limit
