import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from '../graphiql-examples.ts';
import { DEFAULT_QUERY_LIMITS } from './use-query-limits.ts';
import { resultCost } from './use-result-cost-limit.ts';

describe('resultCost', () => {
  it('multiplies what a list selects by its page size', () => {
    expect(resultCost(parse('{ papers(first: 10) { edges { node { title } } } }'))).toBe(
      1 + 10 * (1 + 1 * (1 + 1)),
    );
    expect(
      resultCost(parse('query($n: Int) { papers(first: $n) { totalCount } }'), { n: 50 }),
    ).toBe(1 + 50);
  });

  it('sees the fan-out of nested lists that depth and alias limits miss', () => {
    const nested =
      '{ papers(first: 100) { edges { node { similar(first: 100) { paper { similar(first: 100) { score } } } } } } }';
    expect(resultCost(parse(nested))).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxResults);
  });

  it('counts fragments where they are spread', () => {
    const withFragment = parse(
      '{ papers(first: 5) { edges { node { ...F } } } } fragment F on Paper { title abstract }',
    );
    const inline = parse('{ papers(first: 5) { edges { node { title abstract } } } }');
    expect(resultCost(withFragment)).toBe(resultCost(inline));
  });

  it('lets every GraphiQL example through', () => {
    for (const operation of EXAMPLE_OPERATIONS) {
      const variables = operation.variables ? JSON.parse(operation.variables) : {};
      expect(resultCost(parse(operation.query), variables)).toBeLessThan(
        DEFAULT_QUERY_LIMITS.maxResults,
      );
    }
  });
});
