// Papers are identified by a stable id (arXiv id, or a hash of the normalised title).
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;

// Repositories are identified by their canonical URL, lower-cased (code hosts ignore case).
CREATE CONSTRAINT repository_key IF NOT EXISTS FOR (r:Repository) REQUIRE r.key IS UNIQUE;

// Full-text search over paper titles and abstracts.
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
