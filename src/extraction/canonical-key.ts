/**
 * Canonical keys: the same thing gets the same key whatever its case, plural, hyphenation or
 * spacing between letters and digits ("CIFAR-10" and "CIFAR10", "Sparse Autoencoders" and
 * "sparse autoencoder", "SAEs" and "SAE"). Acronyms are resolved to long forms elsewhere
 * (alias-table.ts); this module only normalises surfaces.
 */

// Plural endings that do not mark a plural ("analysis", "class", "corpus", "virus").
const NOT_PLURAL = /(?:ss|us|is|ics|ness|ous|sis|ries\b)$/;
const IRREGULAR: Record<string, string> = {
  matrices: 'matrix',
  vertices: 'vertex',
  indices: 'index',
  criteria: 'criterion',
  phenomena: 'phenomenon',
};
const INVARIANT = new Set(['series', 'species', 'data', 'bias', 'gas', 'lens', 'news', 'mamba']);

/** Singular of one lower-cased English word, by suffix rules sufficient for noun heads. */
export function singular(word: string): string {
  if (word.length <= 3 || INVARIANT.has(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (/(?:sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !NOT_PLURAL.test(word) && !word.endsWith('ss')) {
    return word.slice(0, -1);
  }
  return word;
}

/** "SAEs" → "SAE", "CNNs" → "CNN", "LMs" → "LM": an acronym with a plural s. */
export function singularAcronym(surface: string): string {
  return /^[A-Z][A-Za-z0-9]*[A-Z0-9]s$/.test(surface) ? surface.slice(0, -1) : surface;
}

/** True for surfaces written like an acronym or a coined name: "PVT", "g-SAEs", "ResNet50". */
export function looksLikeAcronym(surface: string): boolean {
  const core = singularAcronym(surface);
  const capitals = core.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 && capitals >= core.replace(/[^A-Za-z]/g, '').length / 2;
}

/**
 * Key of a surface: lower case, hyphens and symbols between word parts dropped ("multi-head" →
 * "multihead", "CIFAR-10" → "cifar10"), spaces kept between words, the last word singular.
 */
export function canonicalKey(surface: string): string {
  let key = keyCache.get(surface);
  if (key === undefined) {
    key = computeKey(surface);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(surface, key);
  }
  return key;
}

// Keys are asked for the same surfaces over and over (every candidate, every n-gram of the
// lexicon pass); the cap bounds memory on big corpora.
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

function computeKey(surface: string): string {
  const trimmed = singularAcronym(surface.trim());
  // A capital S ends a variant name ("EfficientVMamba-S"), not a plural.
  const keepLast = /(?:-|[A-Z0-9])S$/.test(trimmed) || /\d$/.test(trimmed);
  const words = trimmed
    .toLowerCase()
    .replace(/[‐‑–—]/g, '-')
    .replace(/(?<=[\p{L}\p{N}])[-_^~/.](?=[\p{L}\p{N}{+])/gu, '')
    .replace(/[^\p{L}\p{N}+\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  // Digits glued by a space to a name ("ResNet 50") are part of it.
  const merged: string[] = [];
  for (const word of words) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && /^\d+[a-z]?$/.test(word))
      merged[merged.length - 1] = previous + word;
    else merged.push(word);
  }
  const last = merged.pop();
  if (last === undefined) return '';
  merged.push(keepLast ? last : singular(last));
  return merged.join(' ').replace(/\s+\+/g, '+');
}
