// How far the indexes are populated: a migration on an imported graph creates them, and Neo4j
// fills them in the background; polled until every one is ONLINE.
// Returns: name (STRING), state (STRING), populationPercent (FLOAT). Takes no $params.
SHOW INDEXES YIELD name, state, populationPercent
RETURN name, state, populationPercent
