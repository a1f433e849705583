// Every entity link of many papers in one round trip, strongest first.
// Returns: paperId (STRING), links (LIST<MAP> of {type, confidence, extractorVersion,
// mentionFields, mentionStarts, mentionEnds, entity: MAP}).
// $ids: LIST<STRING>
// $withMentions: BOOLEAN (false: each link's mention lists are null; src/graph/projection.ts)
UNWIND $ids AS paperId
MATCH (:Paper {id: paperId})-[link:PROPOSES|USES|MENTIONS]->(e:Entity)
WITH paperId, link, e ORDER BY link.confidence DESC, e.key
RETURN paperId, collect(link {type: type(link), .confidence, .extractorVersion,
  mentionFields: CASE WHEN $withMentions THEN link.mentionFields END,
  mentionStarts: CASE WHEN $withMentions THEN link.mentionStarts END,
  mentionEnds: CASE WHEN $withMentions THEN link.mentionEnds END,
  entity: e {.key, .kind, .name, .aliases, .paperCount}}) AS links
