// The floor for the ingest benchmark: one bare statement per batch that writes the same papers,
// entities, repositories, authors and links as ingest's four statements, with nothing ingest
// needs for re-runs (no deletes of old links, no returned keys, no paperCount refresh).
// Returns: nothing.
// $papers: LIST<MAP>, the rows of src/ingest/paper-rows.ts as they are: {paper, entities, links,
//   authors}, where entities[i] and links[i] are the same extracted entity
// $extractorVersion: STRING
UNWIND $papers AS batchRow
WITH batchRow, batchRow.paper AS row
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
WITH paper, row, batchRow
CALL (paper, row) {
  UNWIND row.repositories AS link
  MERGE (repository:Repository {key: link.key})
    ON CREATE SET repository.url = link.url, repository.host = link.host,
                  repository.owner = link.owner, repository.name = link.name
  CREATE (paper)-[:HAS_CODE {paths: link.paths, mentionFields: link.mentionFields,
    mentionStarts: link.mentionStarts, mentionEnds: link.mentionEnds,
    confidence: link.confidence, extractorVersion: $extractorVersion}]->(repository)
}
CALL (paper, batchRow) {
  UNWIND range(0, size(batchRow.links) - 1) AS index
  WITH paper, batchRow.entities[index] AS node, batchRow.links[index] AS link
  MERGE (entity:Entity {key: node.key})
    ON CREATE SET entity:$(node.label), entity.kind = node.kind, entity.name = node.name, entity.aliases = []
  WITH paper, entity, link, [alias IN node.aliases WHERE NOT alias IN entity.aliases] AS added
  SET entity.aliases = entity.aliases + added
  SET entity.aliasText = reduce(text = '', alias IN entity.aliases | text + ' | ' + alias)
  CREATE (paper)-[mention:$(link.type)]->(entity)
  SET mention = link.props
}
CALL (paper, batchRow) {
  UNWIND range(0, size(batchRow.authors) - 1) AS position
  WITH paper, batchRow.authors[position] AS person, position
  MERGE (author:Author {key: person.key})
    ON CREATE SET author.name = person.name
  CREATE (author)-[:AUTHORED {position: position}]->(paper)
}
