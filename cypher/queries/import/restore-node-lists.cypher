// neo4j-admin database import cannot store an empty list (neo4j/neo4j#13566): an empty list field
// arrives as no property at all. Gives [] back to up to $limit nodes of one label that miss any
// of the list properties ingest always writes; run until it restores none.
// Returns: restored (INT: nodes changed by this call).
// $label: STRING; $properties: LIST<STRING> (property names); $limit: INT
MATCH (n:$($label))
WHERE any(name IN $properties WHERE n[name] IS NULL)
WITH n LIMIT $limit
FOREACH (name IN [name IN $properties WHERE n[name] IS NULL] | SET n[name] = [])
RETURN count(n) AS restored
