// Replaces the extracted-entity links of papers: PROPOSES, USES or MENTIONS by role, each with
// its provenance (confidence, mention offsets, extractor version). An entity's kind and name are
// set by the first paper that names it; the kind seen in each paper stays on its link.
// Returns: entityKeys (LIST<STRING>): entities whose links changed, for refresh-counts.
// $papers: LIST<MAP> of {id: STRING, entities: LIST<MAP> of {key, kind, label, name,
//   relationship: STRING, aliases: LIST<STRING>, confidence: FLOAT,
//   mentionFields: LIST<STRING>, mentionStarts, mentionEnds: LIST<INT>}}
// $extractorVersion: STRING
UNWIND $papers AS row
MATCH (paper:Paper {id: row.id})
CALL (paper) {
  OPTIONAL MATCH (paper)-[old:PROPOSES|USES|MENTIONS]->(entity:Entity)
  DELETE old
  RETURN collect(entity.key) AS oldKeys
}
CALL (paper, row) {
  UNWIND row.entities AS link
  MERGE (entity:Entity {key: link.key})
    ON CREATE SET entity:$(link.label), entity.kind = link.kind, entity.name = link.name, entity.aliases = []
  SET entity.aliases = entity.aliases + [alias IN link.aliases WHERE NOT alias IN entity.aliases]
  SET entity.aliasText = reduce(text = '', alias IN entity.aliases | text + ' | ' + alias)
  CREATE (paper)-[mention:$(link.relationship)]->(entity)
  SET mention.kind = link.kind,
      mention.confidence = link.confidence,
      mention.mentionFields = link.mentionFields,
      mention.mentionStarts = link.mentionStarts,
      mention.mentionEnds = link.mentionEnds,
      mention.extractorVersion = $extractorVersion
  RETURN collect(link.key) AS newKeys
}
UNWIND oldKeys + newKeys AS key
RETURN collect(DISTINCT key) AS entityKeys
