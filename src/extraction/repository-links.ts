/**
 * Finds code-repository links (GitHub, GitLab, Bitbucket, Hugging Face) and other web links in
 * free text, and normalises them. Abstracts glue sentence punctuation to URLs
 * ("https://github.com/whai362/PVT.") and point into sub-folders of larger repositories
 * ("…/mPLUG-DocOwl/tree/main/TinyChart"), so both are handled here, once.
 */

export type CodeHost = 'github' | 'gitlab' | 'bitbucket' | 'huggingface';

interface LinkSpan {
  /** Offsets into the searched text, end exclusive: `text === source.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface CodeRepositoryLink extends LinkSpan {
  kind: 'code';
  host: CodeHost;
  /** Canonical repository URL: scheme, host, owner and name only (no `.git`, no sub-path). */
  url: string;
  owner: string;
  name: string;
  /** For Hugging Face: what the repository holds. */
  hfType?: 'model' | 'dataset' | 'space';
  /** A folder or file inside the repository that the link points at, e.g. `TinyChart`. */
  path?: string;
}

/** A project page or any other web link that is not a code repository. */
export interface HomepageLink extends LinkSpan {
  kind: 'homepage';
  host: string;
  url: string;
}

export type RepositoryLink = CodeRepositoryLink | HomepageLink;

// A URL with a scheme, or a bare link to one of the code hosts ("github.com/a/b").
const URL_PATTERN =
  /\b(?:https?:\/\/[^\s<>"'`]+|(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co)\/[^\s<>"'`]+)/gi;

// Sentence punctuation that abstracts put right after a URL.
const TRAILING_PUNCTUATION = /[.,;:!?'"*]+$/;

/** Removes trailing punctuation and closing brackets that are not part of the URL. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCTUATION, '');
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
      ['{', '}'],
    ] as const) {
      if (url.endsWith(close) && count(url, open) < count(url, close)) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function segmentsOf(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => decodeURIComponent(segment));
}

const stripGitSuffix = (name: string) => name.replace(/\.git$/i, '');

interface RepositoryParts {
  host: CodeHost;
  owner: string;
  name: string;
  hfType?: 'model' | 'dataset' | 'space';
  path?: string;
}

function joinPath(segments: string[]): string | undefined {
  return segments.length > 0 ? segments.join('/') : undefined;
}

/** GitHub: owner/name[/tree|blob/<ref>/<path>]. */
function githubParts(segments: string[]): RepositoryParts | undefined {
  const [owner, name, marker, , ...rest] = segments;
  if (!owner || !name) return undefined;
  const path = marker === 'tree' || marker === 'blob' ? joinPath(rest) : undefined;
  return { host: 'github', owner, name: stripGitSuffix(name), ...(path ? { path } : {}) };
}

/** GitLab: group[/subgroup…]/name[/-/tree|blob/<ref>/<path>]. */
function gitlabParts(segments: string[]): RepositoryParts | undefined {
  const dash = segments.indexOf('-');
  const project = dash === -1 ? segments : segments.slice(0, dash);
  if (project.length < 2) return undefined;
  const name = stripGitSuffix(project[project.length - 1] as string);
  const owner = project.slice(0, -1).join('/');
  const path = dash === -1 ? undefined : joinPath(segments.slice(dash + 3));
  return { host: 'gitlab', owner, name, ...(path ? { path } : {}) };
}

/** Bitbucket: owner/name[/src/<ref>/<path>]. */
function bitbucketParts(segments: string[]): RepositoryParts | undefined {
  const [owner, name, marker, , ...rest] = segments;
  if (!owner || !name) return undefined;
  const path = marker === 'src' ? joinPath(rest) : undefined;
  return { host: 'bitbucket', owner, name: stripGitSuffix(name), ...(path ? { path } : {}) };
}

/** Hugging Face: [datasets|spaces/]owner/name[/tree|blob/<ref>/<path>]. */
function huggingFaceParts(segments: string[]): RepositoryParts | undefined {
  const first = segments[0];
  const hfType = first === 'datasets' ? 'dataset' : first === 'spaces' ? 'space' : 'model';
  const rest = hfType === 'model' ? segments : segments.slice(1);
  const [owner, name, marker, , ...inner] = rest;
  // Site pages such as huggingface.co/papers/… or /docs/… are not repositories.
  if (!owner || !name || HF_SITE_SECTIONS.has(owner)) return undefined;
  const path = marker === 'tree' || marker === 'blob' ? joinPath(inner) : undefined;
  return { host: 'huggingface', owner, name, hfType, ...(path ? { path } : {}) };
}

const HF_SITE_SECTIONS = new Set(['papers', 'docs', 'blog', 'learn', 'models', 'tasks', 'api']);

const PARSERS: Record<string, (segments: string[]) => RepositoryParts | undefined> = {
  'github.com': githubParts,
  'gitlab.com': gitlabParts,
  'bitbucket.org': bitbucketParts,
  'huggingface.co': huggingFaceParts,
};

const CANONICAL_ORIGIN: Record<CodeHost, string> = {
  github: 'https://github.com',
  gitlab: 'https://gitlab.com',
  bitbucket: 'https://bitbucket.org',
  huggingface: 'https://huggingface.co',
};

function canonicalUrl(parts: RepositoryParts): string {
  const typePrefix =
    parts.hfType === 'dataset' ? 'datasets/' : parts.hfType === 'space' ? 'spaces/' : '';
  return `${CANONICAL_ORIGIN[parts.host]}/${typePrefix}${parts.owner}/${parts.name}`;
}

/** Classifies one already-trimmed URL; undefined when it is not a URL at all. */
export function classifyUrl(
  rawUrl: string,
): Omit<CodeRepositoryLink, keyof LinkSpan> | Omit<HomepageLink, keyof LinkSpan> | undefined {
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(rawUrl) ? rawUrl : `https://${rawUrl}`);
  } catch {
    return undefined;
  }
  const hostname = parsed.hostname.toLowerCase().replace(/^www\./, '');
  if (!hostname.includes('.')) return undefined;
  let segments: string[];
  try {
    segments = segmentsOf(parsed.pathname);
  } catch {
    segments = [];
  }
  const parts = PARSERS[hostname]?.(segments);
  if (parts) return { kind: 'code', ...parts, url: canonicalUrl(parts) };
  const url = `${parsed.protocol}//${hostname}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
  return { kind: 'homepage', host: hostname, url };
}

/** Every link in `text`, in order of appearance, with offsets of the trimmed URL. */
export function findRepositoryLinks(text: string): RepositoryLink[] {
  const links: RepositoryLink[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const trimmed = trimUrl(match[0]);
    const link = classifyUrl(trimmed);
    if (!link) continue;
    const start = match.index;
    links.push({ ...link, start, end: start + trimmed.length, text: trimmed });
  }
  return links;
}

/** The key two links to the same repository share: code hosts ignore the case of names. */
export function repositoryKey(link: RepositoryLink): string {
  return link.kind === 'code' ? link.url.toLowerCase() : link.url;
}
