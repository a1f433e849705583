// A paper by its arXiv id (without version). Returns: paper (MAP). $arxivId: STRING
MATCH (p:Paper {arxivId: $arxivId})
RETURN p {.id, .title, .abstract, .source, .homepages, .arxivId, .published, .url} AS paper
LIMIT 1
