import type { EntityType, Mention, NerLabel, Sentence, Token } from '../article';
import type { SentenceTokens } from '../sentenceTokens';
import { getNerModel, tagDocumentBilou, type NerCache } from '../ner/nerTagger';
import { bilouToSpans } from '../ner/tags';
import { entityTypeOf } from './types';

/**
 * Named-entity mentions of the article, sentence by sentence, with exact offsets.
 * The trained tagger (ner/) reads all sentences of the article as one document, so that its
 * document-level features see how a token was tagged elsewhere in the article. `nerCache` (one
 * per open document, from createNerCache) lets the tagger reuse the unchanged sentences' work.
 */
export function findMentions(
  plain: string,
  sentences: Sentence[],
  tokens: SentenceTokens,
  nerCache?: NerCache,
  /** Each sentence's token texts, when the caller has them (the same list for an unchanged sentence lets the tagger reuse its word lookups). */
  words: string[][] = sentences.map((s) => tokens.of(s).map((t) => t.text)),
): Mention[] {
  const tags = tagDocumentBilou(getNerModel(), words, nerCache);
  const mentions: Mention[] = [];
  sentences.forEach((s, si) => {
    // An editor's document (with a cache): a sentence whose word list and tags are those of the
    // last analysis has the same names, at the same places in it.
    const known = nerCache !== undefined ? kept.get(words[si]) : undefined;
    let found = known !== undefined && sameTags(known.tags, tags[si]) ? known.found : undefined;
    if (found === undefined) {
      found = sentenceMentions(plain, s, tokens.of(s), tags[si]);
      if (nerCache !== undefined) kept.set(words[si], { tags: tagString(tags[si]), found });
    }
    for (const f of found) {
      const start = s.start + f.start;
      const end = s.start + f.end;
      // Fields in the order of the Mention interface, as every other place that makes one: one object shape for V8.
      mentions.push({ start, end, text: plain.slice(start, end), type: f.type, label: f.label, entity: -1, sentence: s.index });
    }
  });
  return mentions;
}

/** A sentence's names, offsets relative to its start, found from its tags (`findMentions`). */
interface Found {
  start: number;
  end: number;
  type: EntityType;
  label: NerLabel;
}

/**
 * Per sentence word list (the same list for an unchanged paragraph: analyze.ts), its tags and
 * names when last found: they are a function of the sentence's text and tags alone (every rule
 * below reads the text inside the sentence). The tags are kept as one string, a character per
 * tag (`tagString`): as a list of strings they cost 8 bytes a word, 8.6 of the 19 MB this table
 * held for a 5 MB document (issue 16).
 */
const kept = new WeakMap<readonly string[], { tags: string; found: Found[] }>();

/** BILOU tag indexes (0-16) as a string of one byte a character, copied out of the tagger's array. */
function tagString(tags: Uint8Array): string {
  return Buffer.from(tags.buffer, tags.byteOffset, tags.length).toString('latin1');
}

function sameTags(kept: string, tags: Uint8Array): boolean {
  if (kept.length !== tags.length) return false;
  for (let i = 0; i < tags.length; i++) if (kept.charCodeAt(i) !== tags[i]) return false;
  return true;
}

/** The names of sentence `s` (its `tokens`, tagged `tags`: BILOU tag indexes). */
function sentenceMentions(plain: string, s: Sentence, tokens: readonly Token[], tags: Uint8Array): Found[] {
  const found: Found[] = [];
  for (const span of bilouToSpans(tags)) {
    // A span does not end in a lower-case word (`Pokrovsk lies`); spans.ts re-attaches
    // the heads that belong to a name (`Kursk region`, `military command`).
    let lastIndex = span.end - 1;
    while (lastIndex > span.start && startsLowerCase(tokens[lastIndex].text)) lastIndex--;
    const first = tokens[span.start];
    const last = tokens[lastIndex];
    const label = span.label as NerLabel;
    let start = glueCut(plain, first.start, last.end);
    // `Camera IconVolodymyr Zelenskiy`: the first name glued to a label before the span.
    const prev = span.start > 0 ? tokens[span.start - 1] : undefined;
    if (label === 'PER' && start === first.start && prev && plain.slice(prev.end, first.start) === ' ') {
      const cut = glueCut(plain, prev.start, prev.end);
      if (cut > prev.start && /^\p{Lu}\p{Ll}+$/u.test(plain.slice(cut, prev.end))) start = cut;
    }
    const end = last.end;
    // A photo credit `REUTERS/Paolo Bianchi`: the agency before the slash is not part of the name.
    // (Searched within the span only: a search back through the whole text is quadratic.)
    const slash = label === 'PER' ? lastSlash(plain, start, end) : -1;
    if (slash >= 0 && /^\p{Lu}/u.test(plain.slice(slash + 1, end))) start = slash + 1;
    const text = plain.slice(start, end);
    // Not a name: no word of it is capitalized (`34-month-old`). Most start with a capital.
    if (!startsUpperAscii(text) && !/(?:^|[\s-])\p{Lu}/u.test(text)) continue;
    found.push({ start: start - s.start, end: end - s.start, type: entityTypeOf(label, text), label });
  }
  return found;
}

/**
 * Text copied from web pages glues labels to names (`Camera IconVolodymyr Zelenskiy`,
 * `Staff WritersReuters`): a lower-case run of three or more letters directly followed by a
 * capital inside a word marks the glue, and the name starts at that capital. Real names with
 * inner capitals (`McDonald`, `MacArthur`, `DeSantis`, `YouTube`) have shorter runs.
 */
export function unglue(text: string, start: number, end: number): number {
  const ascii = asciiGlue(text, start, end);
  if (ascii !== undefined) return ascii;
  const slice = text.slice(start, end);
  let cut = 0;
  for (const m of slice.matchAll(/\p{Ll}{3}(?=\p{Lu}\p{Ll})/gu)) cut = (m.index ?? 0) + 3;
  return start + cut;
}

/**
 * Web-page labels that copied text glues to the name after them (`Camera IconVolodymyr`, `Staff
 * WritersReuters`, `PhotoAnna Berg`). Only these are cut off: other inner capitals are CamelCase
 * names, kept whole (`PlayStation`, `GameCube`, `GreenFairyDotcom`; issue 14).
 */
const GLUE_LABEL = /(?:^|[^\p{L}]|\p{Ll})(?:Icon|Writers?|Reporters?|Reporting|Staff|Photos?|Photograph|Photographer|Images?|Video|Caption|Credit|Source|Getty|Updated|Published|Share|Advertisement|Editor|Correspondent|Agency|By)$/u;

/** Where a name starts after a glued label (see GLUE_LABEL), else `start`. */
function glueCut(text: string, start: number, end: number): number {
  const cut = unglue(text, start, end);
  return cut > start && GLUE_LABEL.test(text.slice(Math.max(start, cut - 24), cut)) ? cut : start;
}

/**
 * unglue for an all-ASCII span, by character codes (undefined when the span has other characters):
 * the regex's matches cannot overlap (each ends before a capital), so its last match is the last
 * position with three lower-case letters, a capital and a lower-case letter.
 */
function asciiGlue(text: string, start: number, end: number): number | undefined {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return undefined;
  for (let i = end - 2; i >= start + 3; i--) {
    if (isUpperAscii(text.charCodeAt(i)) && isLowerAscii(text.charCodeAt(i + 1)) && isLowerAscii(text.charCodeAt(i - 1)) && isLowerAscii(text.charCodeAt(i - 2)) && isLowerAscii(text.charCodeAt(i - 3))) {
      return i;
    }
  }
  return start;
}

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** `/^\p{Ll}/u`: ASCII answered by code, other characters by the regex. */
function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return isLowerAscii(c);
  return /^\p{Ll}/u.test(word);
}

function startsUpperAscii(text: string): boolean {
  return isUpperAscii(text.charCodeAt(0));
}

/** Offset of the last `/` in text[start, end), or -1. */
function lastSlash(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (text.charCodeAt(i) === 47) return i;
  return -1;
}
