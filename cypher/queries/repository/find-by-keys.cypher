// Repositories by key, for the per-request loader. Returns: key (STRING), repository (MAP).
// $keys: LIST<STRING>
UNWIND $keys AS key
MATCH (r:Repository {key: key})
RETURN key, r {.*} AS repository
