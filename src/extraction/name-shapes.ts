/**
 * Surface shapes of coined names. Papers name their methods with internal capitals or digits
 * ("HarmoniCa", "Ca2-VDM", "GPT-4V", "ResNet50", "MHC^3"); those shapes, not a dictionary, are
 * what marks a token as a name.
 */

/** A single token written like a coined name or an acronym. */
export function isNameLike(text: string): boolean {
  if (text.length < 2) return false;
  // ASCII fast path, the common case: one pass over the characters instead of four patterns.
  let letter = false;
  let innerCapital = false;
  let capital = false;
  let digit = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 127) return isNameLikeUnicode(text);
    if (code >= 65 && code <= 90) {
      letter = true;
      capital = true;
      if (i > 0) innerCapital = true;
    } else if (code >= 97 && code <= 122) letter = true;
    else if (code >= 48 && code <= 57) digit = true;
  }
  if (!letter || /^https?:/.test(text)) return false;
  return innerCapital || (digit && capital);
}

function isNameLikeUnicode(text: string): boolean {
  if (!/\p{L}/u.test(text) || text.length < 2 || /^https?:/.test(text)) return false;
  const afterFirst = text.slice(1);
  const hasInnerCapital = /\p{Lu}/u.test(afterFirst);
  const hasDigit = /\d/.test(text) && /\p{Lu}/u.test(text);
  // "i.e." and "e.g." have neither; plain capitalised words ("Hydra") need context to count.
  return hasInnerCapital || hasDigit;
}

/** A capitalised word that can be part of a multi-word name ("Unified Embedding"). */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text) && /\p{L}/u.test(text);
}
