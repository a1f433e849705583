import { describe, expect, it } from 'vitest';
import { parseXml, XmlError } from './xml-tree.ts';

const errorOf = (text: string) => {
  try {
    parseXml(text);
  } catch (error) {
    if (error instanceof XmlError) return `${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error('expected an XmlError');
};

describe('parseXml', () => {
  it('builds the element tree with attributes, decoded text, CDATA and start lines', () => {
    const root = parseXml(
      "<?xml version='1.0'?>\n<!-- c -->\n<a x=\"1 &amp; 2\" y='&#x41;'>\n  <b/>t&lt;&#233;&gt;<![CDATA[<&>]]>\n  <c:d>&quot;&apos;</c:d>\n</a>\n",
    );
    expect(root).toEqual({
      name: 'a',
      attributes: { x: '1 & 2', y: 'A' },
      line: 3,
      text: '\n  t<\u00e9><&>\n  \n',
      children: [
        { name: 'b', attributes: {}, children: [], text: '', line: 4 },
        { name: 'c:d', attributes: {}, children: [], text: '"\'', line: 5 },
      ],
    });
  });

  it.each([
    ['<a>\n<b>\n</a>', '3: </a> does not close <b> of line 2'],
    ['<a>\n<b>', '2: <b> is not closed'],
    ['<a>\n&nbsp;</a>', '2: "&nbsp;" is not an escaped character (write & as &amp;)'],
    ['<a>&#0;</a>', '1: "&#0;" is not an escaped character (write & as &amp;)'],
    ['<a>1 < 2</a>', '1: a "<" that does not start a tag (write it as &lt;)'],
    ['<!DOCTYPE a [<!ENTITY x "y">]>\n<a/>', '1: DOCTYPE and other declarations are not supported'],
    ['<a/>\n<b/>', '2: a second root element <b>'],
    ['<a/>\ntext', '2: text outside the root element'],
    ['<a>\n<!-- open', '2: a comment is not closed'],
    ['<a x="1>', '1: the start tag <a> is malformed'],
    ['', '1: there is no root element'],
  ])('refuses %j', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});
