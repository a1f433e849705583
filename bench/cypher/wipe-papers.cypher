// First half of the wipe: papers with their relationships, 1,000 papers (about 20,000
// relationships) per transaction. Every relationship has a paper at one end, so after this no
// node has any. Deleting the entities first instead would put a popular entity's tens of
// thousands of links into one transaction: at 100k papers, 10,000 such nodes per transaction
// exceeded Neo4j's transaction memory pool (dbms.memory.transaction.total.max).
// Needs an auto-commit transaction (CALL … IN TRANSACTIONS). Returns: nothing.
MATCH (paper:Paper)
CALL (paper) {
  DETACH DELETE paper
} IN TRANSACTIONS OF 1000 ROWS
