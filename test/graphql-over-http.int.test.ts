import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYogaServer } from '../src/server/yoga.ts';
import { openTestGraph, type TestGraph } from './support/test-graph.ts';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const QUERY = '{ stats { labels { name } } }';
const get = (document: string) => `http://test/graphql?query=${encodeURIComponent(document)}`;

describe('GraphQL over HTTP, CSRF, CORS and introspection', () => {
  let db: TestGraph;
  let yoga: ReturnType<typeof createYogaServer>;
  const server = (options: Partial<Parameters<typeof createYogaServer>[0]> = {}) =>
    createYogaServer({ graph: db.graph, logging: false, ...options });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
      body: JSON.stringify(body),
    });
  beforeAll(async () => {
    db = await openTestGraph();
    yoga = server();
  });
  afterAll(async () => db.close());

  describe('the GraphQL-over-HTTP specification', () => {
    it('answers a query over POST and over GET, as application/graphql-response+json when asked for it', async () => {
      for (const response of [
        await post({ query: QUERY }),
        await yoga.fetch(get(QUERY), {
          headers: { accept: GRAPHQL_RESPONSE, 'x-graphql-yoga-csrf': '1' },
        }),
      ]) {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(
          /^application\/graphql-response\+json/,
        );
        expect(((await response.json()) as { data: unknown }).data).toHaveProperty('stats');
      }
    });

    it('answers application/json to a client that accepts only that', async () => {
      const response = await post({ query: QUERY }, { accept: 'application/json' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('says 400 for a document that does not parse and for one that does not validate', async () => {
      for (const query of ['{ stats(', '{ noSuchField }', '{ stats { labels } }']) {
        const response = await post({ query });
        expect(response.status, query).toBe(400);
        const body = (await response.json()) as { data?: unknown; errors: unknown[] };
        expect(body.data).toBeUndefined();
        expect(body.errors.length).toBeGreaterThan(0);
      }
    });

    it('says 400 for a request without a query, and for variables of the wrong type', async () => {
      expect((await post({})).status).toBe(400);
      const wrong = await post({
        query: 'query($n: Int) { papers(first: $n) { totalCount } }',
        variables: { n: 'x' },
      });
      expect(wrong.status).toBe(400);
      expect(await wrong.json()).not.toHaveProperty('data');
      const unknownOperation = await post({ query: QUERY, operationName: 'Missing' });
      expect(unknownOperation.status).toBe(400);
      // Legacy application/json clients keep the 200 the specification gives them.
      const legacy = await post(
        { query: 'query($n: Int) { papers(first: $n) { totalCount } }', variables: { n: 'x' } },
        { accept: 'application/json' },
      );
      expect(legacy.status).toBe(200);
    });

    it('refuses a mutation over GET with 405 and says POST is allowed', async () => {
      const response = await yoga.fetch(get('mutation { deletePaper(id: "x") { __typename } }'), {
        headers: { accept: GRAPHQL_RESPONSE, 'x-graphql-yoga-csrf': '1' },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toMatch(/POST/);
    });
  });

  describe('CSRF prevention', () => {
    it('refuses with 403 what a browser sends cross-site without a preflight: a plain GET, a form post, a text/plain post', async () => {
      const plainGet = await yoga.fetch(get(QUERY));
      const form = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: QUERY }).toString(),
      });
      const text = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: QUERY }),
      });
      for (const response of [plainGet, form, text]) {
        expect(response.status).toBe(403);
        expect(await response.text()).toMatch(/CSRF header/);
      }
    });

    it('serves the GraphiQL page to a browser, and the JSON posts it (and any client) sends', async () => {
      const page = await yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect((await post({ query: QUERY })).status).toBe(200);
    });
  });

  describe('CORS', () => {
    const preflight = (target: ReturnType<typeof createYogaServer>, origin: string) =>
      target.fetch('http://test/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });

    it('sends no CORS headers by default, so pages on other origins cannot read answers', async () => {
      const response = await post({ query: QUERY }, { origin: 'https://elsewhere.example' });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const options = await preflight(yoga, 'https://elsewhere.example');
      expect(options.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets a configured origin in, with the write token header but no cookies, and no other origin', async () => {
      const open = server({ corsOrigins: ['https://explorer.example', 'http://localhost:5173'] });
      const allowed = await preflight(open, 'https://explorer.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const other = await preflight(open, 'https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('introspection switched off (KG_INTROSPECTION=false, or NODE_ENV=production)', () => {
    it('refuses __schema and __type with 400, still answers __typename and queries, and serves no GraphiQL', async () => {
      const closed = server({ introspection: false });
      const ask = (query: string) =>
        closed.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
          body: JSON.stringify({ query }),
        });
      for (const query of [
        '{ __schema { types { name } } }',
        '{ __type(name: "Paper") { name } }',
      ]) {
        const response = await ask(query);
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/introspection has been disabled/);
      }
      const typename = await ask(`{ __typename ${QUERY.slice(1)}`);
      expect(typename.status).toBe(200);
      expect(await typename.json()).toMatchObject({ data: { __typename: 'Query' } });
      const page = await closed.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
      // On by default: GraphiQL's schema explorer needs it.
      expect((await post({ query: '{ __schema { queryType { name } } }' })).status).toBe(200);
    });
  });
});
