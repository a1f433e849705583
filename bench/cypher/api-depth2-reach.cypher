// How many nodes lie within two hops of each entity over the links `neighborhood` walks, the
// entity itself excluded: the API benchmark's neighbourhood seeds are entities whose whole
// depth-2 neighbourhood fits under the limit, so it measures a complete answer, not a cut one.
// Returns: key (STRING), reach (INT).
// $keys: LIST<STRING>
UNWIND $keys AS key
MATCH (seed:Entity {key: key})
CALL (seed) {
  MATCH (seed)-[:PROPOSES|USES|MENTIONS|HAS_CODE|AUTHORED]-{1,2}(other)
  WHERE other <> seed
  RETURN count(DISTINCT other) AS reach
}
RETURN key, reach
