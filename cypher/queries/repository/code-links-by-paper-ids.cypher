// The code links of many papers in one round trip, for the per-request loader.
// Returns: paperId (STRING), links (LIST<MAP> of {repository: MAP, paths, confidence,
// extractorVersion, mentionFields, mentionStarts, mentionEnds}).
// $ids: LIST<STRING>
UNWIND $ids AS paperId
MATCH (:Paper {id: paperId})-[code:HAS_CODE]->(r:Repository)
WITH paperId, code, r ORDER BY r.key
RETURN paperId, collect(code {.*, repository: r {.*}}) AS links
