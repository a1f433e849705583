// A paper by its arXiv id (without version). Returns: paper (MAP). $arxivId: STRING
// $withAbstracts, $withPaperDetails: BOOLEAN (false: a paper's abstract, or its other properties
// but id and title, are null; src/graph/projection.ts)
MATCH (p:Paper {arxivId: $arxivId})
RETURN p {.id, .title, abstract: CASE WHEN $withAbstracts THEN p.abstract END,
  details: CASE WHEN $withPaperDetails THEN p {.source, .homepages, .arxivId, .published, .url} END} AS paper
LIMIT 1
