// Replaces the extracted-entity links of papers: PROPOSES, USES or MENTIONS by role, each with its
// provenance (kind seen in this paper, confidence, mention offsets, extractor version). The
// entities exist already (entity/upsert-entities runs first in the same transaction).
// Returns: entityKeys (LIST<STRING>): entities whose links changed, for refresh-counts.
// $papers: LIST<MAP> of {id: STRING, links: LIST<MAP> of {key, type: STRING, props: MAP of
//   {kind: STRING, confidence: FLOAT, mentionFields: LIST<STRING>, mentionStarts, mentionEnds:
//   LIST<INT>, extractorVersion: STRING}}}
UNWIND $papers AS row
MATCH (paper:Paper {id: row.id})
CALL (paper) {
  OPTIONAL MATCH (paper)-[old:PROPOSES|USES|MENTIONS]->(entity:Entity)
  DELETE old
  RETURN collect(entity.key) AS oldKeys
}
CALL (paper, row) {
  UNWIND row.links AS link
  MATCH (entity:Entity {key: link.key})
  CREATE (paper)-[mention:$(link.type)]->(entity)
  SET mention = link.props
  RETURN collect(link.key) AS newKeys
}
UNWIND oldKeys + newKeys AS key
RETURN collect(DISTINCT key) AS entityKeys
