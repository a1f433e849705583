// Creates or updates papers and replaces their code links, one batch per call. Ingest sends only
// new or changed papers (it skips unchanged content hashes), so every row here is written.
// Returns: repositoryKeys (LIST<STRING>): repositories whose links changed, for refresh-counts.
// $papers: LIST<MAP> of {id, title, abstract, source, contentHash: STRING, arxivId, published,
//   url: STRING or null, homepages: LIST<STRING>, repositories: LIST<MAP> of {key, url, host,
//   owner, name: STRING, paths, mentionFields: LIST<STRING>, mentionStarts, mentionEnds:
//   LIST<INT>, confidence: FLOAT}}
// $extractorVersion: STRING
UNWIND $papers AS row
MERGE (paper:Paper {id: row.id})
  ON CREATE SET paper.ingestedAt = datetime()
SET paper.title = row.title,
    paper.abstract = row.abstract,
    paper.source = row.source,
    paper.arxivId = row.arxivId,
    paper.published = row.published,
    paper.url = row.url,
    paper.homepages = row.homepages,
    paper.contentHash = row.contentHash,
    paper.extractorVersion = $extractorVersion,
    paper.updatedAt = datetime()
WITH paper, row
CALL (paper) {
  OPTIONAL MATCH (paper)-[old:HAS_CODE]->(repository:Repository)
  DELETE old
  RETURN collect(repository.key) AS oldKeys
}
CALL (paper, row) {
  UNWIND row.repositories AS link
  MERGE (repository:Repository {key: link.key})
    ON CREATE SET repository.url = link.url, repository.host = link.host,
                  repository.owner = link.owner, repository.name = link.name
  CREATE (paper)-[code:HAS_CODE]->(repository)
  SET code.paths = link.paths,
      code.mentionFields = link.mentionFields,
      code.mentionStarts = link.mentionStarts,
      code.mentionEnds = link.mentionEnds,
      code.confidence = link.confidence,
      code.extractorVersion = $extractorVersion
  RETURN collect(link.key) AS newKeys
}
UNWIND oldKeys + newKeys AS key
RETURN collect(DISTINCT key) AS repositoryKeys
