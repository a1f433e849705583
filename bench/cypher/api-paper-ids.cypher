// Every paper id in order, for the API benchmark's seeded sample of papers.
// Returns: id (STRING).
MATCH (paper:Paper)
RETURN paper.id AS id
ORDER BY id
