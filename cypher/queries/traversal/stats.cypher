// Node counts per label and link counts per type, all read from the count store (constant time).
// Returns: labels (LIST<MAP> of {label: STRING, count: INT}), relationships (LIST<MAP> of
// {type: STRING, count: INT}).
RETURN
  [
    {label: 'Paper', count: COUNT { (:Paper) }},
    {label: 'Entity', count: COUNT { (:Entity) }},
    {label: 'Method', count: COUNT { (:Method) }},
    {label: 'Task', count: COUNT { (:Task) }},
    {label: 'Dataset', count: COUNT { (:Dataset) }},
    {label: 'Metric', count: COUNT { (:Metric) }},
    {label: 'Concept', count: COUNT { (:Concept) }},
    {label: 'Repository', count: COUNT { (:Repository) }},
    {label: 'Author', count: COUNT { (:Author) }}
  ] AS labels,
  [
    {type: 'PROPOSES', count: COUNT { ()-[:PROPOSES]->() }},
    {type: 'USES', count: COUNT { ()-[:USES]->() }},
    {type: 'MENTIONS', count: COUNT { ()-[:MENTIONS]->() }},
    {type: 'HAS_CODE', count: COUNT { ()-[:HAS_CODE]->() }},
    {type: 'AUTHORED', count: COUNT { ()-[:AUTHORED]->() }}
  ] AS relationships
