// New-style ids (`2403.01234`, since 2007) and old-style ones (`hep-th/9901001`, `cs.LG/0101001`),
// each with an optional version, bare, with an `arXiv:` prefix or inside an abs/pdf URL.
const ARXIV_ID =
  /^(?:arxiv:|https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?$/i;

/**
 * The arXiv id in `text` without its version (`2403.01234v2` → `2403.01234`), or `undefined` when
 * `text` is not an arXiv id or abs/pdf URL. Versions are dropped because a paper's identity in
 * the graph must not change when the authors upload a revision.
 */
export function arxivIdOf(text: string): string | undefined {
  const id = ARXIV_ID.exec(text.trim())?.[1];
  // Numbers grew from four digits to five in January 2015: `1810.1192` is a truncated id.
  const [, yymm, number] = /^(\d{4})\.(\d+)$/.exec(id ?? '') ?? [];
  if (yymm && number && number.length !== (yymm >= '1501' ? 5 : 4)) return undefined;
  return id;
}
