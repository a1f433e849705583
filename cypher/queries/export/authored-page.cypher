// The AUTHORED links of one page of papers, keyset-paged by paper id (a paper without authors
// still moves the cursor). Paged from the paper's side, as the other link pages are: a paper has
// a handful of authors, while an author of a million-paper graph has hundreds of papers, and a
// page of 2,000 authors held half a million links (`kg export` ran out of a 256 MB heap on it).
// Returns: cursor (STRING: the paper id), links (LIST<MAP> of {from: STRING author key, to:
// STRING paper id, type: STRING, props: MAP}).
// $after: STRING ('' for the first page); $limit: INT (papers per page)
MATCH (p:Paper)
WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
OPTIONAL MATCH (a:Author)-[link:AUTHORED]->(p)
WITH p, a, link ORDER BY a.key
WITH p, collect(CASE WHEN link IS NULL THEN null ELSE {from: a.key, to: p.id, type: type(link), props: properties(link)} END) AS links
RETURN p.id AS cursor, links
ORDER BY cursor
