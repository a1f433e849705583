// The AUTHORED links of one page of authors, keyset-paged by author key (an author without
// links still moves the cursor).
// Returns: cursor (STRING: the author key), links (LIST<MAP> of {to: STRING paper id, type:
// STRING, props: MAP}).
// $after: STRING ('' for the first page); $limit: INT (authors per page)
MATCH (a:Author)
WHERE a.key > $after
WITH a ORDER BY a.key LIMIT $limit
OPTIONAL MATCH (a)-[link:AUTHORED]->(p:Paper)
WITH a, collect(CASE WHEN link IS NULL THEN null ELSE {to: p.id, type: type(link), props: properties(link)} END) AS links
RETURN a.key AS cursor, links
ORDER BY cursor
