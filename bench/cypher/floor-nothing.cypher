// The side-by-side benchmark's floor for a request that reads nothing: one round trip that
// touches no data, what any statement through the driver costs at least.
// Returns: one (INT), one row.
RETURN 1 AS one
