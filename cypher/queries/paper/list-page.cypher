// One page of papers in id order, for keyset pagination: stable under inserts, unlike offsets.
// Returns: paper (MAP of Paper properties).
// $after: STRING or null, the last id of the previous page; $before: STRING or null;
// $limit: INT; $descending: BOOLEAN (for `last`/`before`).
MATCH (p:Paper)
WHERE ($after IS NULL OR p.id > $after) AND ($before IS NULL OR p.id < $before)
WITH p ORDER BY CASE WHEN $descending THEN null ELSE p.id END ASC, CASE WHEN $descending THEN p.id END DESC
LIMIT $limit
RETURN p {.*} AS paper
