// The side-by-side benchmark's floor for a paper with its entities and repositories: what a
// hand-written statement through the driver needs for the same answer.
// Returns: title (STRING), entities (LIST<MAP> of {role: STRING, key: STRING, name: STRING}),
// repositories (LIST<STRING> of URLs).
// $id: STRING
MATCH (paper:Paper {id: $id})
RETURN paper.title AS title,
  [(paper)-[link:PROPOSES|USES|MENTIONS]->(entity:Entity) |
    {role: type(link), key: entity.key, name: entity.name}] AS entities,
  [(paper)-[:HAS_CODE]->(repository:Repository) | repository.url] AS repositories
