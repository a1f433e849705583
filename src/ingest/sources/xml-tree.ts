/**
 * A small, strict XML reader for the restricted documents this project ingests (arXiv's Atom
 * feed). No XML package is a dependency, and this shape needs only elements, attributes, text,
 * CDATA, comments, the five predefined entities and character references. DOCTYPE is refused,
 * so no entity is ever expanded from a declaration.
 */

export interface XmlElement {
  /** Qualified name as written (`entry`, `arxiv:comment`). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside the element (text and CDATA), entities decoded. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export class XmlError extends Error {
  override name = 'XmlError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const START_TAG = /<([A-Za-z_][\w.:-]*)/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_CLOSE = /\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Line numbers for increasing offsets in one pass over the text. */
function lineCounter(text: string) {
  let line = 1;
  let scanned = 0;
  return (offset: number) => {
    for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    return line;
  };
}

const isCodePoint = (code: number) =>
  code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);

/** The document's root element; throws `XmlError` (with the line) on anything not well-formed. */
export function parseXml(text: string): XmlElement {
  const lineAt = lineCounter(text);
  const fail = (message: string, offset: number): never => {
    throw new XmlError(message, lineAt(offset));
  };
  const decode = (raw: string, offset: number) =>
    raw.replace(ENTITY, (match, decimal, hex, named, at: number) => {
      if (named) return NAMED[named] as string;
      const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : Number.NaN;
      if (isCodePoint(code)) return String.fromCodePoint(code);
      const shown = match === '&' ? raw.slice(at, at + 12).split(/\s/)[0] : match;
      return fail(`"${shown}" is not an escaped character (write & as &amp;)`, offset + at);
    });

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const addText = (chars: string, offset: number) => {
    const parent = stack.at(-1);
    if (parent) parent.text += chars;
    else if (chars.trim() !== '')
      fail('text outside the root element', offset + chars.search(/\S/));
  };
  const skipTo = (end: string, from: number, what: string) => {
    const at = text.indexOf(end, from);
    return at === -1 ? fail(`${what} is not closed`, from) : at + end.length;
  };

  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const chunkEnd = lt === -1 ? text.length : lt;
    if (chunkEnd > pos) addText(decode(text.slice(pos, chunkEnd), pos), pos);
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      pos = skipTo('-->', lt + 4, 'a comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      pos = skipTo(']]>', lt + 9, 'a CDATA section');
      addText(text.slice(lt + 9, pos - 3), lt);
    } else if (text.startsWith('<?', lt)) {
      pos = skipTo('?>', lt + 2, 'a processing instruction');
    } else if (text.startsWith('<!', lt)) {
      fail('DOCTYPE and other declarations are not supported', lt);
    } else if (text.startsWith('</', lt)) {
      END_TAG.lastIndex = lt;
      const end = END_TAG.exec(text);
      if (!end) return fail('a malformed end tag', lt);
      const open = stack.pop();
      if (open?.name !== end[1])
        fail(
          open
            ? `</${end[1]}> does not close <${open.name}> of line ${open.line}`
            : `</${end[1]}> closes nothing`,
          lt,
        );
      pos = END_TAG.lastIndex;
    } else {
      pos = startTag(lt);
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed) throw new XmlError(`<${unclosed.name}> is not closed`, unclosed.line);
  return root ?? fail('there is no root element', 0);

  /** Reads the start tag at `lt`, opens its element, and returns the offset after it. */
  function startTag(lt: number): number {
    START_TAG.lastIndex = lt;
    const name = START_TAG.exec(text)?.[1];
    if (!name) return fail('a "<" that does not start a tag (write it as &lt;)', lt);
    const element: XmlElement = { name, attributes: {}, children: [], text: '', line: lineAt(lt) };
    let at = START_TAG.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = ATTRIBUTE.exec(text);
      if (!attribute) break;
      const value = attribute[2] ?? attribute[3] ?? '';
      element.attributes[attribute[1] as string] = decode(value, at);
      at = ATTRIBUTE.lastIndex;
    }
    TAG_CLOSE.lastIndex = at;
    const close = TAG_CLOSE.exec(text);
    if (!close) return fail(`the start tag <${name}> is malformed`, lt);
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) fail(`a second root element <${name}>`, lt);
    else root = element;
    if (close[1] !== '/') stack.push(element);
    return TAG_CLOSE.lastIndex;
  }
}
