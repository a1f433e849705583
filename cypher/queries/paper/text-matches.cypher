// Ids of the papers whose title or abstract match a full-text query, best first, bounded.
// Returns: ids (LIST<STRING>). $query: STRING (Lucene syntax, user input already escaped); $limit: INT
CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node
RETURN collect(node.id) AS ids
