import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { useResultCostLimit } from './use-result-cost-limit.ts';

/**
 * Limits every document must meet before it runs, in one place. The defaults let every GraphiQL
 * example run and refuse abuse while the document is parsed or validated, before any resolver
 * (and so before Neo4j) is reached.
 */
export interface QueryLimits {
  /** Bytes of the query text. */
  maxDocumentBytes: number;
  /** Lexical tokens of the query text (checked while parsing). */
  maxTokens: number;
  /** Nesting of selections. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** graphql-armor's cost: objects and scalars weighted by depth. */
  maxCost: number;
  /** Results a document may ask for, list sizes multiplied (`use-result-cost-limit.ts`). */
  maxResults: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDocumentBytes: 64 * 1024,
  maxTokens: 2_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxCost: 20_000,
  maxResults: 50_000,
};

/** Refuses an over-long document before it is even parsed (413, like an over-long body). */
function useDocumentSizeLimit(maxBytes: number): Plugin {
  return {
    onParams({ params }) {
      // Runs before yoga checks the params: a query that is not a string is yoga's to refuse (400).
      if (typeof params.query !== 'string') return;
      const bytes = Buffer.byteLength(params.query, 'utf8');
      if (bytes > maxBytes) {
        throw createGraphQLError(`The document is ${bytes} bytes; the limit is ${maxBytes}`, {
          extensions: { code: 'VALIDATION', http: { status: 413 } },
        });
      }
    },
  };
}

export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin[] {
  const common = { exposeLimits: true };
  return [
    useDocumentSizeLimit(limits.maxDocumentBytes),
    maxTokensPlugin({ n: limits.maxTokens, ...common }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, ...common }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, ...common }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, ...common }) as Plugin,
    costLimitPlugin({ maxCost: limits.maxCost, ignoreIntrospection: true, ...common }) as Plugin,
    useResultCostLimit(limits.maxResults),
  ];
}
