// Entities by key, for the per-request loader. Returns: key (STRING), entity (MAP).
// $keys: LIST<STRING>
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN key, e {.key, .kind, .name, .aliases, .paperCount} AS entity
