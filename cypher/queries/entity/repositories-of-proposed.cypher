// The code of the papers that propose each method, in one round trip.
// Returns: key (STRING), repositories (LIST<MAP>). $keys: LIST<STRING>
UNWIND $keys AS key
MATCH (:Entity {key: key})<-[:PROPOSES]-(:Paper)-[:HAS_CODE]->(r:Repository)
WITH key, r ORDER BY r.key
RETURN key, collect(DISTINCT r {.*}) AS repositories
