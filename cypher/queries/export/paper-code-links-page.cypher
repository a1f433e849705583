// The HAS_CODE links of one page of papers, keyset-paged by paper id (a paper without links
// still moves the cursor).
// Returns: cursor (STRING: the paper id), links (LIST<MAP> of {from: STRING paper id, to: STRING
// repository key, type: STRING, props: MAP}).
// $after: STRING ('' for the first page); $limit: INT (papers per page)
MATCH (p:Paper)
WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
OPTIONAL MATCH (p)-[link:HAS_CODE]->(r:Repository)
WITH p, collect(CASE WHEN link IS NULL THEN null ELSE {from: p.id, to: r.key, type: type(link), props: properties(link)} END) AS links
RETURN p.id AS cursor, links
ORDER BY cursor
