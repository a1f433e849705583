// What is stored for these papers, to skip the ones whose text and extractor are unchanged.
// Returns: id (STRING), contentHash (STRING), extractorVersion (STRING).
// $ids: LIST<STRING>
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN id, p.contentHash AS contentHash, p.extractorVersion AS extractorVersion
