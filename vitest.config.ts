import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships both CommonJS and ESM; one copy must serve Pothos, yoga and the tests, or
    // graphql refuses types "from another module or realm".
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    projects: [
      {
        // Pure code: the extractor, the parsers, configuration. No database.
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts',
            'web/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', 'test/**/*.int.test.ts'],
        },
      },
      {
        // Against a real Neo4j, chosen by test/support/global-setup.ts.
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // The files share one database: run them one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
