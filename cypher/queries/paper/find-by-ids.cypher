// Papers by id, for the per-request loader. Returns: id (STRING), paper (MAP).
// $ids: LIST<STRING>
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN id, p {.id, .title, .abstract, .source, .homepages, .arxivId, .published, .url} AS paper
