// Papers that share entities with each of $ids, most similar first, at most $first per id.
// Only informative entities count: 2 <= paperCount <= cap, with N = all papers and
//   cap = min($maxPapers, max(2, $genericShare x N)).
// An entity of one paper cannot be shared; commoner ones than the cap are too generic to say
// much and, past $maxPapers, too costly to expand. Each informative entity e weighs
//   idf(e) = ln(N / paperCount(e)), and
//   score(a, b) = sum of idf over shared entities / sqrt(sum idf over a's x sum idf over b's),
// an idf-weighted Ochiai (cosine of sets) coefficient in (0, 1]: 1 when a and b name the same
// informative entities.
// Exact top-k without weighing every candidate: b's own weight is at least what it shares with
// a, so score(a, b) <= sqrt(shared / own weight of a). The $head candidates sharing the most are
// weighed first; the $first-th best of their scores is a bar that only candidates whose bound
// reaches it can clear, and only those are weighed. Cost ~ entities of a x cap + the weighed
// candidates x their entities.
// Ties: id. The paper itself is excluded. `shared` is the 10 shared entities with the highest idf.
// Returns: id (STRING), similar (LIST<MAP> of {paper: MAP, score: FLOAT, shared: LIST<MAP>}).
// $ids: LIST<STRING>; $first: INT; $head: INT (>= $first); $genericShare: FLOAT; $maxPapers: INT
CALL () {
  MATCH (paper:Paper)
  RETURN toFloat(count(paper)) AS total
}
WITH total, CASE WHEN total * $genericShare < 2 THEN 2.0 ELSE total * $genericShare END AS share
WITH total, CASE WHEN share > $maxPapers THEN toFloat($maxPapers) ELSE share END AS cap
UNWIND $ids AS id
MATCH (source:Paper {id: id})
CALL (source, total, cap) {
  MATCH (source)-[:PROPOSES|USES|MENTIONS]->(entity:Entity)
  WHERE 2 <= entity.paperCount <= cap
  WITH collect(entity) AS own, sum(log(total / entity.paperCount)) AS ownWeight
  UNWIND own AS entity
  MATCH (entity)<-[:PROPOSES|USES|MENTIONS]-(other:Paper)
  WHERE other <> source
  WITH ownWeight, other, sum(log(total / entity.paperCount)) AS sharedWeight
  ORDER BY sharedWeight DESC
  WITH ownWeight, collect({paper: other, shared: sharedWeight}) AS candidates
  CALL (candidates, ownWeight, total, cap) {
    UNWIND candidates[..$head] AS candidate
    WITH candidate, candidate.paper AS other
    MATCH (other)-[:PROPOSES|USES|MENTIONS]->(entity:Entity)
    WHERE 2 <= entity.paperCount <= cap
    WITH candidate, sum(log(total / entity.paperCount)) AS otherWeight
    WITH candidate.shared / sqrt(ownWeight * otherWeight) AS score
    ORDER BY score DESC
    LIMIT $first
    WITH collect(score) AS best
    RETURN CASE WHEN size(best) < $first THEN 0.0 ELSE best[-1] END AS bar
  }
  UNWIND [candidate IN candidates WHERE sqrt(candidate.shared / ownWeight) >= bar] AS candidate
  WITH ownWeight, candidate, candidate.paper AS other
  MATCH (other)-[:PROPOSES|USES|MENTIONS]->(entity:Entity)
  WHERE 2 <= entity.paperCount <= cap
  WITH ownWeight, candidate, other, sum(log(total / entity.paperCount)) AS otherWeight
  WITH other, candidate.shared / sqrt(ownWeight * otherWeight) AS score
  ORDER BY score DESC, other.id
  LIMIT $first
  CALL (source, other, total, cap) {
    MATCH (source)-[:PROPOSES|USES|MENTIONS]->(entity:Entity)<-[:PROPOSES|USES|MENTIONS]-(other)
    WHERE 2 <= entity.paperCount <= cap
    WITH entity ORDER BY entity.paperCount, entity.key
    RETURN collect(entity {.key, .kind, .name, .aliases, .paperCount})[..10] AS shared
  }
  RETURN other, shared, score
}
WITH id, collect({
  paper: other {.id, .title, .abstract, .source, .homepages, .arxivId, .published, .url},
  score: score,
  shared: shared
}) AS similar
RETURN id, similar
