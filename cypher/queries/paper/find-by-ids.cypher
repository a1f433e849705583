// Papers by id, for the per-request loader. Returns: id (STRING), paper (MAP).
// $ids: LIST<STRING>
// $withAbstracts, $withPaperDetails: BOOLEAN (false: a paper's abstract, or its other properties
// but id and title, are null; src/graph/projection.ts)
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN id, p {.id, .title, abstract: CASE WHEN $withAbstracts THEN p.abstract END,
  details: CASE WHEN $withPaperDetails THEN p {.source, .homepages, .arxivId, .published, .url} END} AS paper
