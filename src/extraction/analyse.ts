/**
 * The per-field analysis both passes of corpus extraction share: tokens and acronym definitions
 * of the title and the abstract. Computed once per paper because tokenising dominates the cost.
 */
import { type AcronymDefinition, findAcronymDefinitions } from './acronyms.ts';
import { type Token, tokenize } from './tokens.ts';
import type { Mention, PaperText } from './types.ts';

export interface AnalysedField {
  field: Mention['field'];
  text: string;
  tokens: Token[];
  definitions: AcronymDefinition[];
}

export interface AnalysedPaper {
  paper: PaperText;
  title: AnalysedField;
  abstract: AnalysedField;
}

export function analyseField(field: Mention['field'], text: string): AnalysedField {
  const tokens = tokenize(text);
  return { field, text, tokens, definitions: findAcronymDefinitions(tokens) };
}

export function analysePaper(paper: PaperText): AnalysedPaper {
  return {
    paper,
    title: analyseField('title', paper.title),
    abstract: analyseField('abstract', paper.abstract),
  };
}

/** Text of tokens [first, end) as written in the source, spacing included. */
export function spanText(field: AnalysedField, first: number, end: number): string {
  const from = field.tokens[first];
  const to = field.tokens[end - 1];
  return from && to ? field.text.slice(from.start, to.end) : '';
}
