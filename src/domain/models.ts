/** Plain, read-only shapes of what the graph holds; neither GraphQL nor Neo4j types leak past the stores. */

export interface Paper {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly source: string;
  readonly homepages: readonly string[];
}

export interface Repository {
  readonly key: string;
  readonly url: string;
  readonly host: string;
  readonly owner: string;
  readonly name: string;
}

export interface Mention {
  readonly field: string;
  readonly start: number;
  readonly end: number;
}

/** A paper's link to a repository, and where it came from. */
export interface CodeLink {
  readonly repository: Repository;
  readonly paths: readonly string[];
  readonly confidence: number;
  readonly extractorVersion: string;
  readonly mentions: readonly Mention[];
}
