// One shortest path between two nodes, ignoring direction, over the paper links; no row when the
// nodes are unknown or further apart than $maxHops. The hop bound must be a literal in Cypher,
// so one branch per bound runs (the others are cut by their parameter filter): the
// bidirectional search never looks further than $maxHops.
// Returns: nodes (LIST<MAP> of {labels: LIST<STRING>, props: MAP, degree: INT}) from $from to
// $to; edges in path order, in traversal/neighborhood's form: one [paper id, [[type, other end's
// key, confidence]]] per link (every link has a paper at exactly one end).
// $from, $to: MAP of {type: 'Paper' | 'Entity' | 'Repository' | 'Author', key: STRING};
// $maxHops: INT in 1..6
// $withLabels: BOOLEAN (false: a node's props have no `label` map of title, name and owner;
// src/graph/projection.ts)
CALL () {
  MATCH (n:Paper {id: $from.key}) WHERE $from.type = 'Paper' RETURN n
  UNION MATCH (n:Entity {key: $from.key}) WHERE $from.type = 'Entity' RETURN n
  UNION MATCH (n:Repository {key: $from.key}) WHERE $from.type = 'Repository' RETURN n
  UNION MATCH (n:Author {key: $from.key}) WHERE $from.type = 'Author' RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Paper {id: $to.key}) WHERE $to.type = 'Paper' RETURN n
  UNION MATCH (n:Entity {key: $to.key}) WHERE $to.type = 'Entity' RETURN n
  UNION MATCH (n:Repository {key: $to.key}) WHERE $to.type = 'Repository' RETURN n
  UNION MATCH (n:Author {key: $to.key}) WHERE $to.type = 'Author' RETURN n
}
WITH a, n AS b
CALL (a, b) {
  WITH * WHERE $maxHops = 1
  MATCH p = SHORTEST 1 (a)(()-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-()){0,1}(b) RETURN p
  UNION WITH * WHERE $maxHops = 2
  MATCH p = SHORTEST 1 (a)(()-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-()){0,2}(b) RETURN p
  UNION WITH * WHERE $maxHops = 3
  MATCH p = SHORTEST 1 (a)(()-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-()){0,3}(b) RETURN p
  UNION WITH * WHERE $maxHops = 4
  MATCH p = SHORTEST 1 (a)(()-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-()){0,4}(b) RETURN p
  UNION WITH * WHERE $maxHops = 5
  MATCH p = SHORTEST 1 (a)(()-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-()){0,5}(b) RETURN p
  UNION WITH * WHERE $maxHops = 6
  MATCH p = SHORTEST 1 (a)(()-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-()){0,6}(b) RETURN p
}
RETURN
  [n IN nodes(p) | {
    labels: labels(n),
    props: n {.id, .key, .kind, label: CASE WHEN $withLabels THEN n {.title, .name, .owner} END},
    degree: COUNT { (n)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-() }
  }] AS nodes,
  [r IN relationships(p) |
    CASE WHEN startNode(r):Paper
      THEN [startNode(r).id, [[type(r), endNode(r).key, r.confidence]]]
      ELSE [endNode(r).id, [[type(r), startNode(r).key, r.confidence]]]
    END
  ] AS edges
