import type { CORSOptions } from 'graphql-yoga';

/** Request headers a browser page may send: the JSON body, the write token and the CSRF header. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-graphql-yoga-csrf'];

/**
 * CORS for browser clients: only the listed origins get `Access-Control-Allow-Origin`, and no
 * cookies are invited (writes authenticate with a bearer token, never ambient credentials).
 * yoga's own default reflects any origin with credentials allowed, which is why this is explicit.
 * An empty list sends no CORS headers at all, so browsers keep pages on other origins out.
 */
export function corsFor(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      credentials: false,
      maxAge: 600,
    };
  };
}
