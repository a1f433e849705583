import type { Plugin } from 'graphql-yoga';
import { type Asset, readExplorerAssets } from '../explorer-assets.ts';

export interface ExplorerOptions {
  /** The built explorer; default: web/dist/, read on the first request that needs it. */
  assets?: () => Map<string, Asset> | undefined;
  /** Where the explorer lives; default `/explore`. */
  path?: string;
}

const LANDING_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>paper-graph</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#111827}a{color:#1f5fa8}</style>
</head>
<body>
<main>
<h1>paper-graph</h1>
<p>A GraphQL knowledge graph of research papers.</p>
<ul>
<li><a href="/explore">Explorer</a>: search, draw and follow the graph</li>
<li><a href="/graphql">GraphiQL</a>: the GraphQL API, with example queries</li>
</ul>
</main>
</body>
</html>
`;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body><main><h1>The explorer has not been built</h1>
<p>Run <code>npm run build:web</code> (it writes <code>web/dist/</code>), then reload.</p>
<p><a href="/graphql">GraphiQL</a> works without it.</p></main></body></html>
`;

/**
 * Serves `/` (a page linking the explorer and GraphiQL) and the explorer: `/explore` is its page
 * and `/explore/assets/…` its hashed, cacheable bundles, all from the local build: no CDN.
 */
export function useExplorer({
  assets = readExplorerAssets,
  path = '/explore',
}: ExplorerOptions = {}): Plugin {
  let loaded: Map<string, Asset> | undefined;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const html = (body: string, status = 200) =>
        endResponse(
          new fetchAPI.Response(body, {
            status,
            headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
          }),
        );
      if (url.pathname === '/') return html(LANDING_PAGE);
      if (url.pathname !== path && !url.pathname.startsWith(`${path}/`)) return;
      // Read once built; until then, each request looks again so a build needs no restart.
      loaded ??= assets();
      if (!loaded) return html(NOT_BUILT_PAGE, 503);
      const name = url.pathname.slice(path.length + 1) || 'index.html';
      const asset = loaded.get(name);
      if (!asset) return html('<!doctype html><title>Not found</title><p>Not found.</p>', 404);
      endResponse(
        new fetchAPI.Response(asset.body, {
          headers: {
            'content-type': asset.contentType,
            // Bundles are named by their content hash; the page itself must be asked for again.
            'cache-control': name.startsWith('assets/')
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          },
        }),
      );
    },
  };
}
