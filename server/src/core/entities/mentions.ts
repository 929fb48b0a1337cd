import type { Mention, NerLabel, Sentence, Token } from '../model';
import { getNerModel } from '../ner/index';
import { spansFromTags } from '../ner/tags';
import { entityTypeOf } from './types';

/**
 * Named-entity mentions of the article, sentence by sentence, with exact offsets.
 * The trained tagger (ner/) reads all sentences of the article as one document, so that its
 * document-level features see how a token was tagged elsewhere in the article.
 */
export function findMentions(plain: string, sentences: Sentence[], tokens: Token[]): Mention[] {
  const words = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const tags = getNerModel().tagDocument(words);
  const mentions: Mention[] = [];
  sentences.forEach((s, si) => {
    for (const span of spansFromTags(tags[si])) {
      const first = tokens[s.tokenStart + span.start];
      const last = tokens[s.tokenStart + span.end - 1];
      const start = unglue(plain, first.start, last.end);
      const end = last.end;
      const text = plain.slice(start, end);
      const label = span.label as NerLabel;
      mentions.push({ start, end, text, label, type: entityTypeOf(label, text), entity: -1, sentence: s.index });
    }
  });
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
