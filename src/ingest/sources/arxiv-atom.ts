import type { ParseResult, RawPaper } from '../raw-paper.ts';
import { compactPaper } from '../raw-paper.ts';
import { arxivIdOf } from './arxiv-id.ts';
import { collapseWhitespace, httpUrl, isoDate, NOT_A_DATE } from './normalise.ts';
import { parseXml, type XmlElement, XmlError } from './xml-tree.ts';

/**
 * An arXiv API response: an Atom `feed` whose `entry` elements each carry `id`
 * (`http://arxiv.org/abs/2403.01234v2`), `title`, `summary`, `published`, `author/name` and
 * `link`s. Atom elements are matched unprefixed, as arXiv writes them (Atom is the default
 * namespace). Each entry is checked on its own and named by the line of its `<entry>`; a document
 * that is not well-formed XML is one rejection, since no entry in it can be trusted.
 */
export function parseArxivAtom(text: string, fileName: string): ParseResult {
  const result: ParseResult = { papers: [], rejections: [] };
  let feed: XmlElement;
  try {
    feed = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    const origin = `${fileName}:${error.line}`;
    result.rejections.push({ origin, reason: `not well-formed XML: ${error.message}` });
    return result;
  }
  if (feed.name !== 'feed') {
    const reason = `the root element is <${feed.name}>, not an Atom <feed>`;
    result.rejections.push({ origin: `${fileName}:${feed.line}`, reason });
    return result;
  }
  for (const entry of childrenNamed(feed, 'entry')) {
    const origin = `${fileName}:${entry.line}`;
    const paper = toPaper(entry, origin);
    if (typeof paper === 'string') result.rejections.push({ origin, reason: paper });
    else result.papers.push(paper);
  }
  return result;
}

const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name);

/** The first `name` child's text with whitespace collapsed, or `undefined` when there is none. */
const childText = (element: XmlElement, name: string) => {
  const child = childrenNamed(element, name)[0];
  return child && collapseWhitespace(child.text);
};

const absent = (field: string, value: string | undefined) =>
  value === undefined ? `${field} is missing` : `${field} is empty`;

/** The entry's paper, or the reason it is rejected. */
function toPaper(entry: XmlElement, origin: string): RawPaper | string {
  const idUrl = childText(entry, 'id');
  if (idUrl === undefined) return 'id is missing';
  // The API reports a bad query as a feed with one entry whose id points at its error page.
  if (/arxiv\.org\/api\/errors/.test(idUrl))
    return `the arXiv API returned an error: ${childText(entry, 'summary') || idUrl}`;
  const id = /arxiv\.org\/abs\//.test(idUrl) ? arxivIdOf(idUrl) : undefined;
  if (!id) return `id "${idUrl.slice(0, 80)}" is not an arXiv abstract URL`;
  const title = childText(entry, 'title');
  if (!title) return absent('title', title);
  const abstract = childText(entry, 'summary');
  if (!abstract) return absent('summary', abstract);
  const publishedText = childText(entry, 'published');
  const published = publishedText ? isoDate(publishedText) : undefined;
  if (publishedText && !published) return `published "${publishedText.slice(0, 40)}" ${NOT_A_DATE}`;
  const authors = childrenNamed(entry, 'author')
    .map((author) => childText(author, 'name'))
    .filter((name): name is string => Boolean(name));
  return compactPaper({
    id,
    title,
    abstract,
    authors: authors.length > 0 ? authors : undefined,
    published,
    url: abstractLink(entry) ?? httpUrl(idUrl),
    origin,
    source: 'arxiv',
  });
}

/** The `link` to the abstract page: Atom's `alternate` relation (the default when `rel` is absent). */
function abstractLink(entry: XmlElement): string | undefined {
  const link = childrenNamed(entry, 'link').find(
    (candidate) =>
      (candidate.attributes.rel ?? 'alternate') === 'alternate' &&
      candidate.attributes.title !== 'pdf',
  );
  return link?.attributes.href ? httpUrl(link.attributes.href) : undefined;
}
