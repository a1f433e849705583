// Papers by id, for the per-request loader. Returns: id (STRING), paper (MAP).
// $ids: LIST<STRING>
// $withAbstracts: BOOLEAN (false: each paper's abstract is null; src/graph/projection.ts)
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN id, p {.id, .title, abstract: CASE WHEN $withAbstracts THEN p.abstract END,
  .source, .homepages, .arxivId, .published, .url} AS paper
