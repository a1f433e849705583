// The number of papers. Returns: count (INT).
MATCH (p:Paper)
RETURN count(p) AS count
