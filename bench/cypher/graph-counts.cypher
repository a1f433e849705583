// Nodes per label and relationships per type, to check that two ways of writing the same rows
// built the same graph.
// Returns: name (STRING), count (INT), sorted by name.
CALL () {
  MATCH (node)
  WHERE NOT node:__KgMigration AND NOT node:__KgGraphState
  UNWIND labels(node) AS name
  RETURN name, count(*) AS count
  UNION ALL
  MATCH ()-[relationship]->()
  RETURN type(relationship) AS name, count(*) AS count
}
RETURN name, count
ORDER BY name
