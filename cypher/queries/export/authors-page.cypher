// Authors in order of their unique key, one page after the keyset cursor $after: the
// uniqueness constraint's index gives the order, so each page costs its own size, not the graph's.
// Returns: key (STRING), labels (LIST<STRING>), props (MAP of every property).
// $after: STRING ('' for the first page); $limit: INT
MATCH (a:Author)
WHERE a.key > $after
RETURN a.key AS key, labels(a) AS labels, properties(a) AS props
ORDER BY key
LIMIT $limit
