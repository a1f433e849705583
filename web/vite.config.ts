import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer's build: web/ → web/dist/, served by the API server under /explore (see
 * src/server/plugins/use-explorer.ts). Everything is bundled, so the page needs no CDN.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape alone is about 400 kB minified: one chunk is simpler to serve than a split.
    chunkSizeWarningLimit: 1000,
  },
});
