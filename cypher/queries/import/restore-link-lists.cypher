// neo4j-admin database import cannot store an empty list (neo4j/neo4j#13566): an empty list field
// arrives as no property at all. Gives [] back to up to $limit relationships of one type that
// miss any of the list properties ingest always writes; run until it restores none.
// Returns: restored (INT: relationships changed by this call).
// $type: STRING; $properties: LIST<STRING> (property names); $limit: INT
MATCH ()-[r:$($type)]->()
WHERE any(name IN $properties WHERE r[name] IS NULL)
WITH r LIMIT $limit
FOREACH (name IN [name IN $properties WHERE r[name] IS NULL] | SET r[name] = [])
RETURN count(r) AS restored
