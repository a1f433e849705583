// Authors by key, for the per-request loader. Returns: key (STRING), author (MAP). $keys: LIST<STRING>
UNWIND $keys AS key
MATCH (a:Author {key: key})
RETURN key, a {.key, .name, .paperCount} AS author
