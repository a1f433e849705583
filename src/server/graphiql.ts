import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

let cachedPage: string | undefined;

/** A link to the explorer, over GraphiQL's own layout (which fills the window). */
const EXPLORER_LINK = `<a href="/explore" style="position:fixed;right:4.5rem;top:0.6rem;z-index:100;padding:0.25rem 0.7rem;border-radius:4px;background:#1f5fa8;color:#fff;font:600 14px system-ui,sans-serif;text-decoration:none">Graph explorer</a>`;

/**
 * GraphiQL with all of its scripts inlined, so it works offline (yoga's default page loads them
 * from a CDN), and a link to the explorer. The page is about 9 MB: render it once.
 */
export function renderOfflineGraphiQL(options: Parameters<typeof renderGraphiQL>[0]): string {
  if (cachedPage === undefined) {
    const page = renderGraphiQL(options);
    const end = page.lastIndexOf('</body>');
    cachedPage = end < 0 ? page : `${page.slice(0, end)}${EXPLORER_LINK}\n${page.slice(end)}`;
  }
  return cachedPage;
}
