import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The query GraphiQL opens with: runs as is against any ingested corpus. */
export const EXAMPLE_QUERY = `# Papers and their code. Press the run button (or Ctrl-Enter).
{
  papers(first: 5) {
    totalCount
    edges {
      node {
        title
        repositories { url }
      }
    }
  }
}
`;

let cachedPage: string | undefined;

/**
 * GraphiQL with all of its scripts inlined, so it works offline (yoga's default page loads them
 * from a CDN). The page is about 9 MB: render it once.
 */
export function renderOfflineGraphiQL(options: Parameters<typeof renderGraphiQL>[0]): string {
  cachedPage ??= renderGraphiQL(options);
  return cachedPage;
}
