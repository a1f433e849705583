import { isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../graph/projection.ts';
import { schema } from '../../graphql/schema.ts';
import { FIELDS_OF, selectedBy } from './use-lean-projection.ts';

const selected = (document: string) => selectedBy(parse(document), schema);
const NOTHING = Object.fromEntries(Object.keys(EVERYTHING).map((key) => [key, false]));

/** Fields served from what every statement brings, or by loaders of their own. */
const ALWAYS_SERVED = [
  'Paper.id',
  'Paper.paperId',
  'Paper.title',
  'Paper.authors',
  'Paper.codeLinks',
  'Paper.entities',
  'Paper.repositories',
  'Paper.similar',
  'CodeLink.repository',
  'Repository.id',
  'Repository.url',
  'Repository.papers',
  'GraphNode.id',
  'GraphNode.kind',
  'GraphNode.type',
  'GraphNode.weight',
  'GraphNode.community',
];

describe('selectedBy', () => {
  it('classifies every field of the types whose statements it narrows', () => {
    const classified = new Set([...Object.values(FIELDS_OF).flat(), ...ALWAYS_SERVED]);
    for (const name of ['Paper', 'Provenance', 'CodeLink', 'Repository', 'GraphNode']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      for (const field of Object.keys(type.getFields())) {
        expect(classified, `${name}.${field}`).toContain(`${name}.${field}`);
      }
    }
  });

  it('sees nothing extra in a document that asks for titles, roles and urls only', () => {
    expect(
      selected(
        '{ paper(id: "x") { title entities { role entity { name } } repositories { url } } }',
      ),
    ).toEqual(NOTHING);
  });

  it('sees a drawn node label only where a document asks for one', () => {
    expect(selected('{ neighborhood(ids: ["x"]) { nodes { id } edges { type } } }').labels).toBe(
      false,
    );
    expect(selected('{ path(from: "x", to: "y") { nodes { label } } }').labels).toBe(true);
  });

  it('tells a repository url from a paper url', () => {
    expect(selected('{ paper(id: "x") { repositories { url } } }').paperDetails).toBe(false);
    expect(selected('{ paper(id: "x") { url } }').paperDetails).toBe(true);
  });

  it('sees fields under an alias, in inline fragments and in named fragments', () => {
    expect(selected('{ paper(id: "x") { summary: abstract } }').abstracts).toBe(true);
    expect(selected('{ node(id: "x") { ... on Paper { published } } }').paperDetails).toBe(true);
    expect(
      selected(
        '{ papers { edges { node { ...P } } } } fragment P on Paper { codeLinks { repository { owner } } }',
      ),
    ).toEqual({ ...NOTHING, repositoryDetails: true });
  });

  it('sees provenance in a fragment of a fragment, and in an operation other than the first', () => {
    const nested = `query A { paper(id: "x") { entities { ...L } } }
      fragment L on EntityLink { provenance { ...M } }
      fragment M on Provenance { mentions { field start end } confidence }`;
    expect(selected(nested)).toEqual({ ...NOTHING, mentions: true, provenance: true });
    expect(
      selected('query A { stats { papers } } query B { paper(id: "x") { abstract } }'),
    ).toEqual({ ...NOTHING, abstracts: true });
    expect(selected('{ paper(id: "x") { codeLinks { paths } } }').codeDetails).toBe(true);
  });

  it('is not fooled by the words in arguments and strings', () => {
    expect(
      selected(
        '{ search(query: "abstract url owner") { score } papers(filter: { text: "abstract" }) { totalCount } }',
      ),
    ).toEqual(NOTHING);
  });

  it('walks each parsed document once', () => {
    const document = parse('{ paper(id: "x") { abstract } }');
    expect(selectedBy(document, schema)).toBe(selectedBy(document, schema));
  });
});
