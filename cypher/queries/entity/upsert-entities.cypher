// Creates the entities a batch names, once each, and adds the aliases this batch saw. An entity's
// kind, label and name are set by the first paper that names it.
// Returns nothing.
// $entities: LIST<MAP> of {key, kind, label, name: STRING, aliases: LIST<STRING>}
UNWIND $entities AS row
MERGE (entity:Entity {key: row.key})
  ON CREATE SET entity:$(row.label), entity.kind = row.kind, entity.name = row.name, entity.aliases = []
WITH entity, [alias IN row.aliases WHERE NOT alias IN entity.aliases] AS added
WHERE size(added) > 0
SET entity.aliases = entity.aliases + added
SET entity.aliasText = reduce(text = '', alias IN entity.aliases | text + ' | ' + alias)
