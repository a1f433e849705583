// A paper by its arXiv id (without version). Returns: paper (MAP). $arxivId: STRING
// $withAbstracts: BOOLEAN (false: each paper's abstract is null; src/graph/projection.ts)
MATCH (p:Paper {arxivId: $arxivId})
RETURN p {.id, .title, abstract: CASE WHEN $withAbstracts THEN p.abstract END,
  .source, .homepages, .arxivId, .published, .url} AS paper
LIMIT 1
