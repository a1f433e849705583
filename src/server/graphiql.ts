import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

let cachedPage: string | undefined;

/**
 * GraphiQL with all of its scripts inlined, so it works offline (yoga's default page loads them
 * from a CDN). The page is about 9 MB: render it once.
 */
export function renderOfflineGraphiQL(options: Parameters<typeof renderGraphiQL>[0]): string {
  cachedPage ??= renderGraphiQL(options);
  return cachedPage;
}
