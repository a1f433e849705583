// Second half of the wipe (after wipe-papers): every node left but the migration records (the
// schema stays), in chunks of 10,000 so that no transaction holds the whole graph.
// Needs an auto-commit transaction (CALL … IN TRANSACTIONS). Returns: nothing.
MATCH (n)
WHERE NOT n:__KgMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
