/**
 * Turns a SciERC document into tokens and gold BIO tags on the extractor's own tokenisation, so
 * that the learned tagger is trained on exactly the tokens it sees at run time.
 */
import type { SciercDocument } from './scierc.ts';
import { type Token, tokenize } from './tokens.ts';

export interface TaggedSentence {
  tokens: Token[];
  tags: string[];
}

export function splitSentences(tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  for (const token of tokens) {
    const current = sentences[sentences.length - 1];
    if (current && (current[0] as Token).sentence === token.sentence) current.push(token);
    else sentences.push([token]);
  }
  return sentences;
}

export function taggedSentences(document: SciercDocument): TaggedSentence[] {
  const tokens = tokenize(document.text);
  const tags = tokens.map(() => 'O');
  for (const span of document.spans) {
    const inside = tokens
      .map((token, index) => ({ token, index }))
      .filter(({ token }) => token.start >= span.start && token.end <= span.end);
    const first = inside[0];
    const last = inside[inside.length - 1];
    // Gold spans that cut through one of our tokens cannot be learned; they are rare (< 0.2 %).
    if (!first || !last || first.token.start !== span.start || last.token.end !== span.end)
      continue;
    if (inside.some(({ index }) => tags[index] !== 'O')) continue;
    for (const { index } of inside)
      tags[index] = `${index === first.index ? 'B' : 'I'}-${span.type}`;
  }
  const sentences: TaggedSentence[] = [];
  let offset = 0;
  for (const sentence of splitSentences(tokens)) {
    sentences.push({ tokens: sentence, tags: tags.slice(offset, offset + sentence.length) });
    offset += sentence.length;
  }
  return sentences;
}
