import type { Sentence, Token } from './article';

/**
 * The tokens of an analysis's sentences, read a sentence at a time. The passes that read tokens
 * (the names found from the NER tags, the claim rules' part-of-speech tags) ask for a few
 * sentences each: an editor's analysis makes only those sentences' token objects, from the
 * paragraphs' cached entries (analyze.ts), not the whole article's on every keystroke.
 */
export interface SentenceTokens {
  /** The tokens of sentence `s`, in order: the article's tokens from `s.tokenStart` to `s.tokenEnd`. */
  of(s: Sentence): readonly Token[];
}

/** The sentences' tokens from a list of all of them. */
export function tokenList(tokens: readonly Token[]): SentenceTokens {
  return { of: (s) => tokens.slice(s.tokenStart, s.tokenEnd) };
}
