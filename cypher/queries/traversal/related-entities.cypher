// Entities that co-occur with each of $keys in papers, strongest first, at most $first per key.
// Score: normalised PMI over papers, in [-1, 1] (1 when a and b always appear together):
//   npmi(a, b) = ln(p(a,b) / (p(a) p(b))) / -ln(p(a,b)),  p(x) = paperCount(x) / N,
//   p(a,b) = cooccurrences / N,  N = all papers (count store).
// Hub cap: only the $paperCap most recent papers of a source (undated last) are expanded, so a
// key costs one scan of its links plus at most $paperCap x entities per paper. Past the cap,
// p(a,b) is estimated from that sample (scaled by paperCount(a) / sampled, at most p(b)), and
// `cooccurrences` is the count actually seen in the sample.
// Ties: more cooccurrences, then key. The source itself is excluded.
// Returns: key (STRING), related (LIST<MAP> of {entity: MAP, score: FLOAT, cooccurrences: INT}).
// $keys: LIST<STRING>; $first: INT; $kind: STRING or null; $minScore: FLOAT or null;
// $paperCap: INT
CALL () {
  MATCH (paper:Paper)
  RETURN toFloat(count(paper)) AS total
}
UNWIND $keys AS key
MATCH (source:Entity {key: key})
CALL (source, total) {
  MATCH (source)<-[:PROPOSES|USES|MENTIONS]-(paper:Paper)
  WITH paper ORDER BY paper.published IS NULL, paper.published DESC, paper.id LIMIT $paperCap
  WITH collect(paper) AS sample
  UNWIND sample AS paper
  MATCH (paper)-[:PROPOSES|USES|MENTIONS]->(other:Entity)
  WHERE other <> source AND ($kind IS NULL OR other.kind = $kind)
  WITH other, count(DISTINCT paper) AS together, size(sample) AS sampled
  WITH other, together, toFloat(together) * source.paperCount / sampled / total AS estimate,
       source.paperCount / total AS pa, other.paperCount / total AS pb
  // An estimate cannot exceed what b alone allows; this keeps the score within [-1, 1].
  WITH other, together, pa, pb, CASE WHEN estimate > pb THEN pb ELSE estimate END AS pab
  WITH other, together,
       CASE WHEN pab >= 1.0 THEN 1.0 ELSE log(pab / (pa * pb)) / -log(pab) END AS score
  WHERE $minScore IS NULL OR score >= $minScore
  RETURN other, together, score
  ORDER BY score DESC, together DESC, other.key
  LIMIT $first
}
WITH key, other {.key, .kind, .name, .aliases, .paperCount} AS entity, score, together
RETURN key, collect({entity: entity, score: score, cooccurrences: together}) AS related
