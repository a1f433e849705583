import { validation } from '../domain/errors.ts';
import type { ParseResult } from './raw-paper.ts';
import { parsePapers, type SourceFormat } from './read-papers.ts';

/** Bounds on a download: a feed is megabytes, not gigabytes, and must not hang a run. */
export const FETCH_LIMITS = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024 } as const;

/**
 * Downloads a feed (the Hugging Face daily-papers API, an arXiv API query, or any file in a
 * supported format) and parses it like a local file. Failures name the URL and the reason.
 */
export async function fetchPapers(
  url: string,
  format: SourceFormat | 'auto' = 'auto',
): Promise<ParseResult> {
  if (!/^https?:\/\//i.test(url))
    throw validation(`${url}: only http and https URLs can be fetched`);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_LIMITS.timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${FETCH_LIMITS.timeoutMs / 1000} s`
        : String((error as Error).cause ?? (error as Error).message);
    throw validation(`${url}: cannot be fetched (${reason})`);
  }
  if (!response.ok)
    throw validation(`${url}: the server answered ${response.status} ${response.statusText}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > FETCH_LIMITS.maxBytes)
    throw validation(`${url}: ${declared} bytes is over the ${FETCH_LIMITS.maxBytes}-byte limit`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > FETCH_LIMITS.maxBytes)
    throw validation(
      `${url}: ${bytes.length} bytes is over the ${FETCH_LIMITS.maxBytes}-byte limit`,
    );
  return parsePapers(bytes.toString('utf8'), url, format);
}
