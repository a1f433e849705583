// Creates or updates papers and their code links, one batch per call; re-running it with the
// same rows changes nothing. A paper's HAS_CODE links become exactly the ones given.
// Returns: created (int), updated (int), unchanged (int).
// $papers: LIST<MAP> of {id: STRING, title: STRING, abstract: STRING, source: STRING,
//   contentHash: STRING, homepages: LIST<STRING>, repositories: LIST<MAP> of {key, url, host,
//   owner, name: STRING, paths: LIST<STRING>, mentionFields: LIST<STRING>,
//   mentionStarts: LIST<INT>, mentionEnds: LIST<INT>}}
// $extractorVersion: STRING
UNWIND $papers AS row
MERGE (paper:Paper {id: row.id})
  ON CREATE SET paper.ingestedAt = datetime()
WITH paper, row, paper.contentHash IS NULL AS isNew, paper.contentHash <> row.contentHash AS isChanged
SET paper.title = row.title,
    paper.abstract = row.abstract,
    paper.source = row.source,
    paper.homepages = row.homepages,
    paper.contentHash = row.contentHash
WITH paper, row, isNew, isChanged
CALL (paper, row) {
  OPTIONAL MATCH (paper)-[old:HAS_CODE]->(repository:Repository)
    WHERE NOT repository.key IN [link IN row.repositories | link.key]
  DELETE old
}
CALL (paper, row) {
  UNWIND row.repositories AS link
  MERGE (repository:Repository {key: link.key})
    ON CREATE SET repository.url = link.url, repository.host = link.host,
                  repository.owner = link.owner, repository.name = link.name
  MERGE (paper)-[code:HAS_CODE]->(repository)
  SET code.paths = link.paths,
      code.mentionFields = link.mentionFields,
      code.mentionStarts = link.mentionStarts,
      code.mentionEnds = link.mentionEnds,
      code.confidence = 1.0,
      code.extractorVersion = $extractorVersion
}
RETURN count(CASE WHEN isNew THEN 1 END) AS created,
       count(CASE WHEN NOT isNew AND isChanged THEN 1 END) AS updated,
       count(CASE WHEN NOT isNew AND NOT isChanged THEN 1 END) AS unchanged
