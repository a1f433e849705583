// A paper by its arXiv id (without version). Returns: paper (MAP). $arxivId: STRING
MATCH (p:Paper {arxivId: $arxivId})
RETURN p {.*} AS paper
LIMIT 1
