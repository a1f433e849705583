// A page of the papers linked to each of several entities, in one round trip: keyset by paper
// id, optionally one role only. Cypher's LIMIT cannot read a variable, so every request keeps the
// first $maxLimit links (the largest page asked; one page size in practice, as a batch comes from
// one field) and is then cut to its own limit: only the kept links are projected, though finding
// them still reads every link of the entity.
// Returns: request (INT, index into $requests), links (LIST<MAP> of {type, confidence,
// extractorVersion, mentionFields, mentionStarts, mentionEnds, paper: MAP}).
// $requests: LIST<MAP> of {key: STRING, type: STRING or null, after: STRING or null, limit: INT};
// $maxLimit: INT (the largest limit of $requests)
UNWIND range(0, size($requests) - 1) AS request
WITH request, $requests[request] AS req
CALL (req) {
  MATCH (e:Entity {key: req.key})<-[link:PROPOSES|USES|MENTIONS]-(p:Paper)
  WHERE (req.type IS NULL OR type(link) = req.type) AND (req.after IS NULL OR p.id > req.after)
  WITH link, p ORDER BY p.id LIMIT $maxLimit
  WITH collect(link {type: type(link), .confidence, .extractorVersion, .mentionFields,
    .mentionStarts, .mentionEnds, paper: p {.*}}) AS links
  RETURN links[0..req.limit] AS links
}
RETURN request, links
