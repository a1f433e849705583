// The code links of many papers in one round trip, for the per-request loader.
// Returns: paperId (STRING), links (LIST<MAP> of {details: MAP of the link's properties (paths,
// confidence, extractorVersion, mention lists), repository: MAP}).
// $ids: LIST<STRING>
// $withCodeDetails, $withRepositoryDetails: BOOLEAN (false: details is null, or the repository
// has only key and url; src/graph/projection.ts)
UNWIND $ids AS paperId
MATCH (:Paper {id: paperId})-[code:HAS_CODE]->(r:Repository)
WITH paperId, code, r ORDER BY r.key
RETURN paperId, collect({details: CASE WHEN $withCodeDetails THEN code {.*} END,
  repository: CASE WHEN $withRepositoryDetails THEN r {.*} ELSE r {.key, .url} END}) AS links
