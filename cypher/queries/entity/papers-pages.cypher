// A page of the papers linked to each of several entities, in one round trip: keyset by paper
// id, optionally one role only. Cypher's LIMIT cannot read a variable, so every request keeps the
// first $maxLimit links (the largest page asked; one page size in practice, as a batch comes from
// one field) and is then cut to its own limit: only the kept links are projected, though finding
// them still reads every link of the entity. With req.withCode each kept paper brings its code
// links too, as repository/code-links-by-paper-ids gives them, saving the request a round trip.
// Returns: request (INT, index into $requests), links (LIST<MAP> of {type, provenance: MAP,
// mentions: MAP, paper: MAP, codeLinks: LIST<MAP> or null}).
// $withCodeDetails, $withRepositoryDetails: BOOLEAN (as repository/code-links-by-paper-ids)
// $requests: LIST<MAP> of {key: STRING, type: STRING or null, after: STRING or null, limit: INT,
// withCode: BOOLEAN}; $maxLimit: INT (the largest limit of $requests)
// $withAbstracts, $withPaperDetails: BOOLEAN (false: a paper's abstract, or its other properties
// but id and title, are null; src/graph/projection.ts)
// $withProvenance, $withMentions: BOOLEAN (false: a link's confidence and extractor version, or
// its mention offsets, are null; src/graph/projection.ts)
UNWIND range(0, size($requests) - 1) AS request
WITH request, $requests[request] AS req
CALL (req) {
  MATCH (e:Entity {key: req.key})<-[link:PROPOSES|USES|MENTIONS]-(p:Paper)
  WHERE (req.type IS NULL OR type(link) = req.type) AND (req.after IS NULL OR p.id > req.after)
  WITH link, p ORDER BY p.id LIMIT $maxLimit
  WITH collect({link: link, paper: p}) AS found
  UNWIND found[0..req.limit] AS row
  WITH row.link AS link, row.paper AS p
  RETURN collect(link {type: type(link),
    provenance: CASE WHEN $withProvenance THEN link {.confidence, .extractorVersion} END,
    mentions: CASE WHEN $withMentions THEN link {.mentionFields, .mentionStarts, .mentionEnds} END,
    paper: p {.id, .title, abstract: CASE WHEN $withAbstracts THEN p.abstract END,
      details: CASE WHEN $withPaperDetails THEN p {.source, .homepages, .arxivId, .published, .url} END},
    codeLinks: CASE WHEN req.withCode THEN COLLECT {
      MATCH (p)-[code:HAS_CODE]->(r:Repository)
      WITH code, r ORDER BY r.key
      RETURN {details: CASE WHEN $withCodeDetails THEN code {.*} END,
        repository: CASE WHEN $withRepositoryDetails THEN r {.*} ELSE r {.key, .url} END}
    } END}) AS links
}
RETURN request, links
