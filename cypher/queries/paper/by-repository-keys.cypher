// The papers that link to each of many repositories, in one round trip, at most $limit each.
// Returns: key (STRING), papers (LIST<MAP>). $keys: LIST<STRING>; $limit: INT
// $withAbstracts, $withPaperDetails: BOOLEAN (false: a paper's abstract, or its other properties
// but id and title, are null; src/graph/projection.ts)
UNWIND $keys AS key
CALL (key) {
  MATCH (:Repository {key: key})<-[:HAS_CODE]-(p:Paper)
  WITH p ORDER BY coalesce(p.published, '') DESC, p.id LIMIT $limit
  RETURN collect(p {.id, .title, abstract: CASE WHEN $withAbstracts THEN p.abstract END,
    details: CASE WHEN $withPaperDetails THEN p {.source, .homepages, .arxivId, .published, .url} END}) AS papers
}
RETURN key, papers
