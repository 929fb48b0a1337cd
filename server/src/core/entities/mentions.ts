import type { Mention, Sentence, Token } from '../model';
import { findCapitalizedNames } from './capitalized';
import { entityTypeOf } from './types';

/** Named-entity mentions of the article, sentence by sentence, with exact offsets. */
export function findMentions(plain: string, sentences: Sentence[], tokens: Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (const s of sentences) {
    const sentenceTokens = tokens.slice(s.tokenStart, s.tokenEnd);
    for (const span of findCapitalizedNames(sentenceTokens)) {
      const start = unglue(plain, sentenceTokens[span.start].start, sentenceTokens[span.end - 1].end);
      const end = sentenceTokens[span.end - 1].end;
      const text = plain.slice(start, end);
      mentions.push({ start, end, text, label: span.label, type: entityTypeOf(span.label, text), entity: -1, sentence: s.index });
    }
  }
  return mentions;
}

/**
 * Text copied from web pages glues labels to names (`Camera IconVolodymyr Zelenskiy`,
 * `Staff WritersReuters`): a lower-case run of three or more letters directly followed by a
 * capital inside a word marks the glue, and the name starts at that capital. Real names with
 * inner capitals (`McDonald`, `MacArthur`, `DeSantis`, `YouTube`) have shorter runs.
 */
export function unglue(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  let cut = 0;
  for (const m of slice.matchAll(/\p{Ll}{3}(?=\p{Lu}\p{Ll})/gu)) cut = (m.index ?? 0) + 3;
  return start + cut;
}
