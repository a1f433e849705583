/**
 * Features of one token for the entity tagger. Shared by the decoder and the training script so
 * that a model learned from SciERC sees exactly the features it is later applied with. Features
 * of the word itself are split from those of its context so that the decoder can cache the
 * former per word form (see tagger.ts); `tokenFeatures` is always their concatenation.
 */
import type { Token } from './tokens.ts';

/** Word shape with runs collapsed: "ResNet50" → "XxXxd", "CIFAR-10" → "X-d". */
export function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  for (const char of text) {
    let kind: string;
    if (char >= 'A' && char <= 'Z') kind = 'X';
    else if (char >= 'a' && char <= 'z') kind = 'x';
    else if (char >= '0' && char <= '9') kind = 'd';
    else if (/\p{Lu}/u.test(char)) kind = 'X';
    else if (/\p{Ll}/u.test(char)) kind = 'x';
    else if (/\p{N}/u.test(char)) kind = 'd';
    else kind = char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

const BOS = '<s>';
const EOS = '</s>';

/** Features that depend only on the token's own text. */
export function wordFeatures(text: string): string[] {
  const w = text.toLowerCase();
  const features = [
    'b',
    `w=${w}`,
    `s3=${w.slice(-3)}`,
    `s4=${w.slice(-4)}`,
    `pre3=${w.slice(0, 3)}`,
    `sh=${shapeOf(text)}`,
  ];
  const lastPart = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : '';
  if (lastPart) features.push(`hy=${lastPart}`);
  return features;
}

/** Features of the token's neighbours and POS tags, within its sentence. */
export function contextFeatures(tokens: Token[], i: number): string[] {
  const token = tokens[i] as Token;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  const samePrev = prev && prev.sentence === token.sentence ? prev : undefined;
  const sameNext = next && next.sentence === token.sentence ? next : undefined;
  const p = token.pos;
  const pp = samePrev ? samePrev.pos : BOS;
  const np = sameNext ? sameNext.pos : EOS;
  const pp2 = prev2 && samePrev && prev2.sentence === token.sentence ? prev2.pos : BOS;
  const np2 = next2 && sameNext && next2.sentence === token.sentence ? next2.pos : EOS;
  return [
    `p=${p}`,
    `pw=${samePrev ? samePrev.lower : BOS}`,
    `nw=${sameNext ? sameNext.lower : EOS}`,
    `pp=${pp}`,
    `np=${np}`,
    `pp2=${pp2}`,
    `np2=${np2}`,
    `ppp=${pp}|${p}`,
    `pnp=${p}|${np}`,
  ];
}

export function tokenFeatures(tokens: Token[], i: number): string[] {
  return [...wordFeatures((tokens[i] as Token).text), ...contextFeatures(tokens, i)];
}
