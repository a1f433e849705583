// Replaces the AUTHORED links of papers, keeping the author order as `position`.
// Returns: authorKeys (LIST<STRING>): authors whose links changed, for refresh-counts.
// $papers: LIST<MAP> of {id: STRING, authors: LIST<MAP> of {key, name: STRING}}
UNWIND $papers AS row
MATCH (paper:Paper {id: row.id})
CALL (paper) {
  OPTIONAL MATCH (author:Author)-[old:AUTHORED]->(paper)
  DELETE old
  RETURN collect(author.key) AS oldKeys
}
CALL (paper, row) {
  UNWIND range(0, size(row.authors) - 1) AS position
  WITH paper, row.authors[position] AS person, position
  MERGE (author:Author {key: person.key})
    ON CREATE SET author.name = person.name
  CREATE (author)-[authored:AUTHORED]->(paper)
  SET authored.position = position
  RETURN collect(person.key) AS newKeys
}
UNWIND oldKeys + newKeys AS key
RETURN collect(DISTINCT key) AS authorKeys
