// The side-by-side benchmark's floor for an entity's first papers (by paper id, any role) with
// each paper's repositories.
// Returns: id (STRING), title (STRING), repositories (LIST<STRING> of URLs), one row per paper.
// $key: STRING; $first: INT
MATCH (:Entity {key: $key})<-[:PROPOSES|USES|MENTIONS]-(paper:Paper)
WITH paper ORDER BY paper.id LIMIT $first
RETURN paper.id AS id, paper.title AS title,
  [(paper)-[:HAS_CODE]->(repository:Repository) | repository.url] AS repositories
