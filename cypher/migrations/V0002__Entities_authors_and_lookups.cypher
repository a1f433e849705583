// One node per canonical entity (Method, Task, Dataset, Metric, Concept all carry :Entity).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;

// Authors are identified by their normalised name.
CREATE CONSTRAINT author_key IF NOT EXISTS FOR (a:Author) REQUIRE a.key IS UNIQUE;

// Lookups the API makes.
CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (p:Paper) ON (p.arxivId);
CREATE INDEX paper_published IF NOT EXISTS FOR (p:Paper) ON (p.published);
CREATE INDEX entity_paper_count IF NOT EXISTS FOR (e:Entity) ON (e.paperCount);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX repository_paper_count IF NOT EXISTS FOR (r:Repository) ON (r.paperCount);

// Full-text search over entity names and their aliases (aliasText: the aliases joined by " | ").
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
