import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { largeValuesSelected } from './use-lean-projection.ts';

const selected = (document: string) => largeValuesSelected(parse(document));

describe('largeValuesSelected', () => {
  it('sees neither in a document that asks for titles and roles only', () => {
    expect(
      selected(
        '{ paper(id: "x") { title entities { role entity { name } } repositories { url } } }',
      ),
    ).toEqual({ abstracts: false, mentions: false });
  });

  it('sees an abstract under an alias, in an inline fragment and in a named fragment', () => {
    expect(selected('{ paper(id: "x") { summary: abstract } }').abstracts).toBe(true);
    expect(selected('{ node(id: "x") { ... on Paper { abstract } } }').abstracts).toBe(true);
    expect(
      selected('{ papers { edges { node { ...P } } } } fragment P on Paper { title abstract }'),
    ).toEqual({ abstracts: true, mentions: false });
  });

  it('sees mentions in a fragment of a fragment, and in an operation other than the first', () => {
    const nested = `query A { paper(id: "x") { entities { ...L } } }
      fragment L on EntityLink { provenance { ...M } }
      fragment M on Provenance { mentions { field start end } }`;
    expect(selected(nested)).toEqual({ abstracts: false, mentions: true });
    expect(
      selected('query A { stats { papers } } query B { paper(id: "x") { abstract } }'),
    ).toEqual({
      abstracts: true,
      mentions: false,
    });
  });

  it('is not fooled by the words in arguments, strings or field names that contain them', () => {
    expect(
      selected(
        '{ search(query: "abstract mentions") { score } papers(filter: { text: "abstract" }) { totalCount } }',
      ),
    ).toEqual({ abstracts: false, mentions: false });
  });

  it('walks each parsed document once', () => {
    const document = parse('{ paper(id: "x") { abstract } }');
    expect(largeValuesSelected(document)).toBe(largeValuesSelected(document));
  });
});
