// One node holds the graph's version, moved on by every write that changes links or paper counts
// (graph/refresh-counts.cypher), and the version the papers' stored similarity weights were
// computed at. The constraint makes concurrent writers' MERGE of it safe.
CREATE CONSTRAINT kg_graph_state_id IF NOT EXISTS FOR (s:__KgGraphState) REQUIRE s.id IS UNIQUE;
