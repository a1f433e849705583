// The authors of many papers in one round trip, in the order the paper lists them.
// Returns: paperId (STRING), authors (LIST<MAP>). $ids: LIST<STRING>
UNWIND $ids AS paperId
MATCH (a:Author)-[w:AUTHORED]->(:Paper {id: paperId})
WITH paperId, a, w ORDER BY w.position
RETURN paperId, collect(a {.key, .name, .paperCount}) AS authors
