/**
 * Which of the large values a request's statements bring back: papers' abstracts and links'
 * mention offsets. They are most of the bytes of a page of papers or links (an abstract is about
 * 1.5 KB), and most documents ask for neither: on an entity's page of 20 papers they were a
 * quarter of the client's CPU per statement at 100k papers (docs/performance.md).
 *
 * Whole until `narrowTo` is told what the request's document selects, so that a store used
 * without one (the CLI, tests) always gets whole objects. One object per request, shared by its
 * stores; the server narrows it once the document is known (`use-lean-projection.ts`).
 */
export class Projection {
  abstracts = true;
  mentions = true;

  narrowTo(selected: { abstracts: boolean; mentions: boolean }): void {
    this.abstracts = selected.abstracts;
    this.mentions = selected.mentions;
  }

  /** The parameters of the statements that project papers (`$withAbstracts`). */
  get paperParams(): { withAbstracts: boolean } {
    return { withAbstracts: this.abstracts };
  }

  /** The parameters of the statements that project links (`$withMentions`). */
  get linkParams(): { withMentions: boolean } {
    return { withMentions: this.mentions };
  }
}
