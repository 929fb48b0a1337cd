import type { Mention, Sentence, Token } from '../model';
import { findCapitalizedNames } from './capitalized';
import { entityTypeOf } from './types';

/** Named-entity mentions of the article, sentence by sentence, with exact offsets. */
export function findMentions(plain: string, sentences: Sentence[], tokens: Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (const s of sentences) {
    const sentenceTokens = tokens.slice(s.tokenStart, s.tokenEnd);
    for (const span of findCapitalizedNames(sentenceTokens)) {
      const start = sentenceTokens[span.start].start;
      const end = sentenceTokens[span.end - 1].end;
      const text = plain.slice(start, end);
      mentions.push({ start, end, text, label: span.label, type: entityTypeOf(span.label, text), entity: -1, sentence: s.index });
    }
  }
  return mentions;
}
