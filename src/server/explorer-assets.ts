import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` writes the explorer (web/vite.config.ts). */
export const EXPLORER_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The built explorer, read once into memory and keyed by URL path relative to the build
 * (`index.html`, `assets/index-….js`): only files the build wrote can be served, so a request
 * path can never reach outside it. Undefined when the explorer has not been built.
 */
export function readExplorerAssets(dir = EXPLORER_DIST): Map<string, Asset> | undefined {
  let files: string[];
  try {
    files = filesUnder(dir);
  } catch {
    return undefined;
  }
  if (!files.some((file) => file.endsWith(`${sep}index.html`))) return undefined;
  return new Map(
    files.map((file) => [
      relative(dir, file).split(sep).join('/'),
      {
        body: new Uint8Array(readFileSync(file)),
        contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      },
    ]),
  );
}
