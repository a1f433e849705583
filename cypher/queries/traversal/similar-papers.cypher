// Papers that share entities with each of $ids, most similar first, at most $first per id.
// Only informative entities count: 2 <= paperCount <= cap, with N = all papers and
//   cap = min($maxPapers, max(2, $genericShare x N)).
// An entity of one paper cannot be shared; commoner ones than the cap are too generic to say
// much and, past $maxPapers, too costly to expand. Each informative entity e weighs
//   idf(e) = ln(N / paperCount(e)), and
//   score(a, b) = sum of idf over shared entities / sqrt(sum idf over a's x sum idf over b's),
// an idf-weighted Ochiai (cosine of sets) coefficient in (0, 1]: 1 when a and b name the same
// informative entities. Cost ~ entities of a x cap + candidates x their entities.
// Ties: id. The paper itself is excluded. `shared` is the 10 shared entities with the highest idf.
// A candidate's own sum of idf, with k informative entities whose paper counts' logs sum to L,
// is k x ln(N) - L. Reading k and L for each candidate is most of the cost, so papers store them
// (idfTerms, idfLogSum: graph/similarity-weights-page.cypher) and this statement uses them only
// when the graph state says they were computed at the current graph version and for this cap;
// otherwise it counts them live. Both ways give the same scores.
// Returns: id (STRING), similar (LIST<MAP> of {paper: MAP, score: FLOAT, shared: LIST<MAP>}).
// $ids: LIST<STRING>; $first: INT; $genericShare: FLOAT; $maxPapers: INT
// $withAbstracts, $withPaperDetails: BOOLEAN (false: a paper's abstract, or its other properties
// but id and title, are null; src/graph/projection.ts)
CALL () {
  MATCH (paper:Paper)
  RETURN toFloat(count(paper)) AS total
}
WITH total, CASE WHEN total * $genericShare < 2 THEN 2.0 ELSE total * $genericShare END AS share
WITH total, CASE WHEN share > $maxPapers THEN toFloat($maxPapers) ELSE share END AS cap
OPTIONAL MATCH (state:__KgGraphState {id: 'graph'})
WITH total, cap,
     coalesce(state.weightsVersion = state.version AND state.weightsCap = cap, false) AS stored
UNWIND $ids AS id
MATCH (source:Paper {id: id})
CALL (source, total, cap, stored) {
  MATCH (source)-[:PROPOSES|USES|MENTIONS]->(entity:Entity)
  WHERE 2 <= entity.paperCount <= cap
  WITH entity, log(total / entity.paperCount) AS idf
  WITH collect({entity: entity, idf: idf}) AS own, sum(idf) AS ownWeight
  UNWIND own AS item
  WITH ownWeight, item, item.entity AS entity
  MATCH (entity)<-[:PROPOSES|USES|MENTIONS]-(other:Paper)
  WHERE other <> source
  WITH ownWeight, other, entity, item.idf AS idf ORDER BY idf DESC, entity.key
  WITH ownWeight, other, sum(idf) AS sharedWeight,
       collect(entity {.key, .kind, .name, .aliases, .paperCount}) AS shared
  WHERE sharedWeight > 0
  CALL (other, total, cap, stored) {
    WITH other WHERE stored
    RETURN other.idfTerms * log(total) - other.idfLogSum AS otherWeight
    UNION ALL
    // The filter comes before the sum: a sum over no rows would still return one (null) row.
    WITH other WHERE NOT stored
    CALL (other, total, cap) {
      // These links only ever end at entities: no label check on the statement's costliest step.
      MATCH (other)-[:PROPOSES|USES|MENTIONS]->(entity)
      WHERE 2 <= entity.paperCount <= cap
      RETURN sum(log(total / entity.paperCount)) AS liveWeight
    }
    RETURN liveWeight AS otherWeight
  }
  RETURN other, shared, sharedWeight / sqrt(ownWeight * otherWeight) AS score
  ORDER BY score DESC, other.id
  LIMIT $first
}
WITH id, collect({
  paper: other {.id, .title, abstract: CASE WHEN $withAbstracts THEN other.abstract END,
    details: CASE WHEN $withPaperDetails THEN other {.source, .homepages, .arxivId, .published, .url} END},
  score: score,
  shared: shared[..10]
}) AS similar
RETURN id, similar
