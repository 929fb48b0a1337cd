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
      // A span does not end in a lower-case word (`Pokrovsk lies`); spans.ts re-attaches
      // the heads that belong to a name (`Kursk region`, `military command`).
      let lastIndex = span.end - 1;
      while (lastIndex > span.start && /^\p{Ll}/u.test(tokens[s.tokenStart + lastIndex].text)) lastIndex--;
      const first = tokens[s.tokenStart + span.start];
      const last = tokens[s.tokenStart + lastIndex];
      const label = span.label as NerLabel;
      let start = unglue(plain, first.start, last.end);
      // `Camera IconVolodymyr Zelenskiy`: the first name glued to a label before the span.
      const prev = span.start > 0 ? tokens[s.tokenStart + span.start - 1] : undefined;
      if (label === 'PER' && start === first.start && prev && plain.slice(prev.end, first.start) === ' ') {
        const cut = unglue(plain, prev.start, prev.end);
        if (cut > prev.start && /^\p{Lu}\p{Ll}+$/u.test(plain.slice(cut, prev.end))) start = cut;
      }
      const end = last.end;
      // A photo credit `REUTERS/Paolo Bianchi`: the agency before the slash is not part of the name.
      // (Searched within the span only: a search back through the whole text is quadratic.)
      const slash = label === 'PER' ? plain.slice(start, end).lastIndexOf('/') : -1;
      if (slash >= 0 && /^\p{Lu}/u.test(plain.slice(start + slash + 1, end))) start += slash + 1;
      const text = plain.slice(start, end);
      // Not a name: no word of it is capitalized (`34-month-old`).
      if (!/(?:^|[\s-])\p{Lu}/u.test(text)) continue;
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
