// The nodes within $depth hops of the seeds, most important first, and the links among them.
// Importance: seeds, then hop distance, then degree, then key. Bounded expansion: each node read
// at hop k gives at most $limit neighbours (storage order: a hub costs $limit, not its degree),
// and only the nodes still fitting under $limit are kept and expanded at hop k + 1, so a hop
// reads at most (nodes kept) x $limit links and the whole query at most $depth x $limit^2.
// Only nodes carrying one of $labels are returned or traversed (seeds always are).
// Returns: nodes (LIST<MAP> of {labels: LIST<STRING>, props: MAP, degree: INT}), edges (LIST of
// [paper id, LIST of [type, other end's key, confidence]]: each kept paper once with its links,
// the type saying what the other end is, see src/graph/subgraph-rows.ts; a depth-2 answer has
// about a thousand links, and naming their ends by element id, 50 characters each, made decoding
// them a large share of the server's work).
// $seeds: LIST<MAP> of {type: 'Paper' | 'Entity' | 'Repository' | 'Author', key: STRING};
// $depth: INT in 0..3; $limit: INT; $labels: LIST<STRING> (Paper, Repository, Author, Method,
// Task, Dataset, Metric, Concept)
// $withLabels: BOOLEAN (false: a node's props have no `label` map of title, name and owner;
// src/graph/projection.ts)
CALL () {
  UNWIND $seeds AS seed MATCH (n:Paper {id: seed.key}) WHERE seed.type = 'Paper' RETURN n
  UNION UNWIND $seeds AS seed MATCH (n:Entity {key: seed.key}) WHERE seed.type = 'Entity' RETURN n
  UNION UNWIND $seeds AS seed MATCH (n:Repository {key: seed.key})
    WHERE seed.type = 'Repository' RETURN n
  UNION UNWIND $seeds AS seed MATCH (n:Author {key: seed.key}) WHERE seed.type = 'Author' RETURN n
}
WITH collect(n)[..$limit] AS hop0
CALL (hop0) {
  UNWIND CASE WHEN $depth >= 1 AND size(hop0) < $limit THEN hop0 ELSE [] END AS s
  CALL (s, hop0) {
    MATCH (s)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-(m)
    WHERE NOT m IN hop0 AND any(label IN labels(m) WHERE label IN $labels)
    RETURN m LIMIT $limit
  }
  WITH DISTINCT m
  ORDER BY COUNT { (m)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-() } DESC, coalesce(m.key, m.id)
  RETURN collect(m) AS found
}
WITH hop0, found[..$limit - size(hop0)] AS hop1
WITH hop0 + hop1 AS seen, hop1
CALL (seen, hop1) {
  UNWIND CASE WHEN $depth >= 2 AND size(seen) < $limit THEN hop1 ELSE [] END AS s
  CALL (s, seen) {
    MATCH (s)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-(m)
    WHERE NOT m IN seen AND any(label IN labels(m) WHERE label IN $labels)
    RETURN m LIMIT $limit
  }
  WITH DISTINCT m
  ORDER BY COUNT { (m)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-() } DESC, coalesce(m.key, m.id)
  RETURN collect(m) AS found
}
WITH seen, found[..$limit - size(seen)] AS hop2
WITH seen + hop2 AS seen, hop2
CALL (seen, hop2) {
  UNWIND CASE WHEN $depth >= 3 AND size(seen) < $limit THEN hop2 ELSE [] END AS s
  CALL (s, seen) {
    MATCH (s)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-(m)
    WHERE NOT m IN seen AND any(label IN labels(m) WHERE label IN $labels)
    RETURN m LIMIT $limit
  }
  WITH DISTINCT m
  ORDER BY COUNT { (m)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-() } DESC, coalesce(m.key, m.id)
  RETURN collect(m) AS found
}
WITH seen + found[..$limit - size(seen)] AS kept
CALL (kept) {
  // Every link has a paper at one end and never at both; a paper has a few dozen links while an
  // author or an entity can have thousands, so the links are read from the kept papers' side.
  UNWIND [n IN kept WHERE n:Paper] AS paper
  CALL (paper, kept) {
    MATCH (paper)-[r:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-(other)
    WHERE other IN kept
    RETURN collect([type(r), other.key, r.confidence]) AS links
  }
  WITH paper, links WHERE size(links) > 0
  RETURN collect([paper.id, links]) AS edges
}
RETURN
  [n IN kept | {
    labels: labels(n),
    props: n {.id, .key, .kind, label: CASE WHEN $withLabels THEN n {.title, .name, .owner} END},
    degree: COUNT { (n)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-() }
  }] AS nodes,
  edges
