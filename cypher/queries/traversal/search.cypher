// Full-text hits over papers (title, abstract) and entities (name, aliases), best first.
// $query is a Lucene query the store builds from escaped user terms, never raw user input. Each
// index answers at most $indexLimit hits before the label filter, so a narrow filter may miss
// hits past that rank. Scores of the two indexes are merged as they are (Lucene BM25 on each).
// Returns: labels (LIST<STRING>), key (STRING: paper id or entity key), kind (STRING or null),
// score (FLOAT), props (MAP: the paper's or entity's served properties, as paper/find-by-ids and
// entity/find-by-keys give them, so that resolving the hits needs no second round trip).
// $query: STRING; $labels: LIST<STRING> (Paper, Method, Task, Dataset, Metric, Concept);
// $indexLimit: INT; $first: INT
// $withAbstracts, $withPaperDetails: BOOLEAN (false: a paper's abstract, or its other properties
// but id and title, are null; src/graph/projection.ts)
CALL () {
  CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $indexLimit})
  YIELD node, score
  WHERE 'Paper' IN $labels
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $indexLimit})
  YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN $labels)
  RETURN node, score
}
WITH node, score
ORDER BY score DESC, coalesce(node.key, node.id)
LIMIT $first
RETURN labels(node) AS labels, coalesce(node.key, node.id) AS key, node.kind AS kind, score,
  CASE WHEN node:Paper
    THEN node {.id, .title, abstract: CASE WHEN $withAbstracts THEN node.abstract END,
      details: CASE WHEN $withPaperDetails THEN node {.source, .homepages, .arxivId, .published, .url} END}
    ELSE node {.key, .kind, .name, .aliases, .paperCount}
  END AS props
