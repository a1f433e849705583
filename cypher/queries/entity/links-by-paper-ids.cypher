// Every entity link of many papers in one round trip, strongest first.
// Returns: paperId (STRING), links (LIST<MAP> of {type, provenance: MAP of confidence and
// extractorVersion, mentions: MAP of mentionFields, mentionStarts and mentionEnds, entity: MAP}).
// $ids: LIST<STRING>
// $withProvenance, $withMentions: BOOLEAN (false: a link's confidence and extractor version, or
// its mention offsets, are null; src/graph/projection.ts)
UNWIND $ids AS paperId
MATCH (:Paper {id: paperId})-[link:PROPOSES|USES|MENTIONS]->(e:Entity)
WITH paperId, link, e ORDER BY link.confidence DESC, e.key
RETURN paperId, collect(link {type: type(link),
  provenance: CASE WHEN $withProvenance THEN link {.confidence, .extractorVersion} END,
  mentions: CASE WHEN $withMentions THEN link {.mentionFields, .mentionStarts, .mentionEnds} END,
  entity: e {.key, .kind, .name, .aliases, .paperCount}}) AS links
