// Records that every paper's similarity weights were computed at graph version $version for $cap,
// unless a write has moved the version on since: then they may mix two versions and stay unused.
// Returns: marked (BOOLEAN)
// $version: INT; $cap: FLOAT
MERGE (state:__KgGraphState {id: 'graph'})
  ON CREATE SET state.version = 0
WITH state
CALL (state) {
  WITH state WHERE state.version = $version
  SET state.weightsVersion = $version, state.weightsCap = $cap
}
// Read again now that the SET holds the node's lock: a write that committed meanwhile shows here.
RETURN state.version = $version AS marked
