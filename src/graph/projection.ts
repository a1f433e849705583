/**
 * Which values a request's statements bring back beyond the ones every answer needs (ids, keys,
 * titles, names, link types). Most documents ask for a paper's title but not its abstract or its
 * other properties, for a link's role but not its provenance, for a repository's url but not its
 * owner: Neo4j reading them, the driver decoding them and the garbage collector freeing them is
 * work for nothing, most of all on pages of papers (docs/performance.md, "Against
 * @neo4j/graphql": the entity-papers row).
 *
 * Everything until `narrowTo` is told what the request's document selects, so that a store used
 * without one (the CLI, tests) always gets whole objects. One object per request, shared by its
 * stores; the server narrows it once the document is known (`use-lean-projection.ts`).
 */
export interface Selected {
  /** Paper.abstract. */
  abstracts: boolean;
  /** Paper's other properties: source, homepages, arxivId, published, url. */
  paperDetails: boolean;
  /** An entity link's confidence and extractor version. */
  provenance: boolean;
  /** An entity link's mention offsets. */
  mentions: boolean;
  /** A code link's own properties: paths, confidence, extractor version, mentions. */
  codeDetails: boolean;
  /** A repository's properties beyond key and url: host, owner, name, paper count. */
  repositoryDetails: boolean;
  /** A drawn node's label: a paper's title, an entity's or author's name, a repository's. */
  labels: boolean;
}

export const EVERYTHING: Readonly<Selected> = {
  abstracts: true,
  paperDetails: true,
  provenance: true,
  mentions: true,
  codeDetails: true,
  repositoryDetails: true,
  labels: true,
};

export class Projection {
  private selected: Readonly<Selected> = EVERYTHING;

  narrowTo(selected: Readonly<Selected>): void {
    this.selected = selected;
  }

  /** Parameters of the statements that project papers. */
  get paperParams(): { withAbstracts: boolean; withPaperDetails: boolean } {
    return { withAbstracts: this.selected.abstracts, withPaperDetails: this.selected.paperDetails };
  }

  /** Parameters of the statements that project entity links. */
  get linkParams(): { withProvenance: boolean; withMentions: boolean } {
    return { withProvenance: this.selected.provenance, withMentions: this.selected.mentions };
  }

  /** Parameters of the statements that draw subgraphs (neighbourhoods and paths). */
  get subgraphParams(): { withLabels: boolean } {
    return { withLabels: this.selected.labels };
  }

  /** Parameters of the statements that project code links. */
  get codeParams(): { withCodeDetails: boolean; withRepositoryDetails: boolean } {
    return {
      withCodeDetails: this.selected.codeDetails,
      withRepositoryDetails: this.selected.repositoryDetails,
    };
  }
}
