import type { EntityType, Mention, NerLabel, Sentence } from '../article';
import { isAcronym } from './acronyms';
import { companyShortForm } from './heads';
import { organizationByName } from './knowledge';
import { foldName, isFoldedVariant } from './spelling';
import { VariantIndex } from './variantIndex';
import { bareName, stripPossessive } from './titles';
import { capitalizedWordEnd, codePointLength, isLetterOrDigitAt, isSpace } from './chars';
import { pushTo } from '../multimap';
import { partitionPoint } from '../search';
import { mergeByStart, sortedCopyByStart } from './order';
import { ownString } from '../memo';

/** Words that ask whether they are a variant of a long surname before propagateNames indexes the surnames. */
const SCANS_BEFORE_INDEX = 32;

const LABEL: Record<EntityType, NerLabel> = { person: 'PER', organization: 'ORG', place: 'LOC', group: 'MISC', other: 'MISC' };

/**
 * One name, every occurrence: the tagger sometimes misses a name it found elsewhere in the same
 * article (`Zelensky told soldiers ...` after `Volodymyr Zelenskiy`), or a well-known acronym
 * in a credit (`(AP PHOTO)`). This pass adds, as mentions of the same type:
 * - untagged occurrences of a name the article tagged elsewhere (a person's full name or
 *   surname, a place's or organization's name, a company's short form), as whole capitalized words;
 * - untagged capitalized words that are spelling variants of a tagged person's surname of six
 *   letters or more (`Zelensky` / `Zelenskiy`; not derived forms such as `Zelenskiyan`), so the
 *   consistency check can see them;
 * - untagged all-capital acronyms of the hand list of organizations (`AP`, `NATO`), outside
 *   sentences written in capitals.
 * Returns the mentions, old and new, sorted by start.
 */
export function propagateNames(
  plain: string,
  sentences: Sentence[],
  mentions: Mention[],
  capitals: (s: Sentence) => SentenceCapitals = (s) => ({ words: capitalizedWords(plain, s.start, s.end, 0), base: 0 }),
  /** false (tests): no early answer for a word a mention covers, and no index of surnames, to check that they change nothing. */
  shortcut = true,
): Mention[] {
  if (sentences.length === 0 || mentions.length === 0) return mentions;
  const sorted = sortedCopyByStart(mentions);
  const starts = sorted.map((m) => m.start);
  const coveredAt = (start: number, end: number): boolean => {
    const lo = partitionPoint(starts.length, (i) => starts[i] < end);
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (sorted[i].end > start) return true;
    return false;
  };

  // Names the article tagged, by exact text, with their type.
  const exact = new Map<string, EntityType>();
  // Long surnames, once each (a surname is written many times; `some` below needs each once).
  const longSurnames = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'group' || m.type === 'other') continue;
    const name = bareName(m.text, m.type === 'person');
    if (!/^\p{Lu}/u.test(name) || name.length < 3) continue;
    if (!exact.has(name)) exact.set(name, m.type);
    // A company's short form (`Skyline` of `Skyline Air`) is its name too.
    const short = m.type === 'organization' ? companyShortForm(name) : undefined;
    if (short !== undefined && short.length >= 3 && !exact.has(short)) exact.set(short, 'organization');
    if (m.type === 'person') {
      // `name.split(/\s+/)`'s last element, and whether it has two (without the array).
      const lastSpace = lastSpaceIn(name);
      const last = name.slice(lastSpace + 1);
      if (lastSpace >= 0 && last.length >= 3 && !exact.has(last)) exact.set(last, 'person');
      if (last.length >= 6) longSurnames.add(last);
    }
  }
  // By first word, so each capitalized word of the text is tried against a few names only.
  const byFirst = new Map<string, [string, EntityType][]>();
  for (const [name, t] of exact) {
    const first = stripPossessive(name.slice(0, firstSpaceIn(name)));
    pushTo(byFirst, first, [name, t]);
  }
  const surnames = [...longSurnames];
  // The surnames a word may be a variant of, found by name, not by trying each (issue 16). Most
  // words are passed over before this question (tryWord), so the index is made only once a few
  // words have asked it; those few try every surname, by its folded form, as the index's
  // candidates are tried: the same answer. Without `shortcut` (tests), every word tries them all.
  let surnameIndex: VariantIndex<string> | undefined;
  let foldedSurnames: string[] | undefined;
  let scans = 0;
  const variantOf = shortcut ? answersFor(surnames) : new Map<string, boolean>();
  const isVariant = (word: string): boolean => {
    let v = variantOf.get(word);
    if (v === undefined) {
      const folded = foldName(word);
      const variant = (s: string, fs: string): boolean => !folded.startsWith(fs) && s !== word && isFoldedVariant(fs, folded);
      if (!shortcut || (surnameIndex === undefined && scans++ < SCANS_BEFORE_INDEX)) {
        const fs = (foldedSurnames ??= surnames.map(foldName));
        v = surnames.some((s, k) => variant(s, fs[k]));
      } else {
        if (surnameIndex === undefined) {
          surnameIndex = new VariantIndex<string>();
          for (const s of surnames) surnameIndex.add(s, s);
        }
        v = surnameIndex.candidates(word).some((s) => variant(s, foldName(s)));
      }
      if (variantOf.size >= MAX_KEPT_ANSWERS) variantOf.clear();
      variantOf.set(ownString(word), v);
    }
    return v;
  };
  // Most capitalized words can be none of the three below; their first letter and length say so
  // before their text is sliced and looked up.
  const firstWords = new Set<number>();
  for (const first of byFirst.keys()) firstWords.add(firstAndLength(first.charCodeAt(0), first.length));
  const surnameInitials = new Set(surnames.map((s) => foldName(s).charCodeAt(0)));
  const mayMatter = (start: number, end: number): boolean => {
    const c = plain.charCodeAt(start);
    const length = end - start;
    if (firstWords.has(firstAndLength(c, length))) return true; // a tagged name's first word?
    // A variant of a long surname shares its folded first letter (an ASCII capital folds to its lower case).
    if (surnames.length > 0 && length >= 5 && (c >= 128 || surnameInitials.has(c + 32))) return true;
    return length >= 2 && !(plain.charCodeAt(start + 1) >= 97 && plain.charCodeAt(start + 1) <= 122); // an acronym?
  };

  const added: Mention[] = [];
  // The sentence being read, and what is computed of it when first needed.
  let s = sentences[0];
  let text: string | undefined; // the sentence, sliced
  let shouting: boolean | undefined;
  /** The capitalized word `start` to `wordEnd` of `s`: the end of the mention it adds, or -1. */
  const tryWord = (start: number, wordEnd: number): number => {
    // A mention it adds starts here and is not empty, so one already covering `start` rules it out
    // (and a letter before the word): said first, since most capitalized words are tagged already.
    if (shortcut && (!boundaryBefore(plain, start) || coveredAt(start, start + 1))) return -1;
    if (!mayMatter(start, possessiveEnd(plain, start, wordEnd))) return -1;
    const word = stripPossessive(plain.slice(start, wordEnd));
    // Try the longest tagged name starting here (`Kursk region`, `Volodymyr Zelenskiy`).
    let end = -1;
    let type: EntityType | undefined;
    for (const [name, t] of byFirst.get(word) ?? []) {
      // A short surname opening a sentence is too often an ordinary word (`Key`, `Long`).
      if (t === 'person' && !name.includes(' ') && name.length <= 4 && start === s.start + (/^\P{L}*/u.exec((text ??= plain.slice(s.start, s.end)))?.[0].length ?? 0)) continue;
      if (plain.startsWith(name, start) && boundaryAfter(plain, start + name.length) && (end < 0 || name.length > end - start)) {
        end = start + name.length;
        type = t;
      }
    }
    if (type === undefined && !(shouting ??= isShouting((text ??= plain.slice(s.start, s.end))))) {
      if (surnames.length > 0 && word.length >= 5 && /\p{Ll}/u.test(word) && isVariant(word)) {
        type = 'person';
        end = start + word.length;
      } else if (isAcronym(word) && organizationByName(word)?.acronym === word) {
        type = 'organization';
        end = start + word.length;
      }
    }
    if (type === undefined || end < 0 || !boundaryBefore(plain, start) || coveredAt(start, end)) return -1;
    added.push({ start, end, text: plain.slice(start, end), type, label: LABEL[type], entity: -1, sentence: s.index });
    return end;
  };
  for (const sentence of sentences) {
    s = sentence;
    text = undefined;
    shouting = undefined;
    // The capitalized words a scan of the sentence visits (capitalizedWords) while it adds
    // nothing; once it adds a mention it goes on from the mention's end, which may be inside
    // a word of that list (`Smith` of `Smith-Jones`): from there it reads the text itself.
    const { words, base } = capitals(s);
    for (let k = 0; k < words.length; k += 2) {
      const end = tryWord(words[k] + base, words[k + 1] + base);
      if (end >= 0) {
        for (let at = end; at < s.end; ) {
          const next = nextCapitalizedWord(plain, at, s.end);
          if (next < 0) break;
          const wordEnd = capitalizedWordEnd(plain, next, s.end);
          const added = tryWord(next, wordEnd);
          at = added >= 0 ? added : wordEnd;
        }
        break;
      }
    }
  }
  if (added.length === 0) return sorted;
  return mergeByStart(sorted, added);
}

/**
 * Whether a word is a variant of a long surname is a function of the word and the list of
 * surnames alone: the answers are kept for the latest list, so a keystroke that changes no surname
 * asks none again (building the surnames' index was most of this pass on every keystroke). Keys
 * are copies (a word cut from the text would keep that version of it alive), at most
 * MAX_KEPT_ANSWERS of them.
 */
let kept: { surnames: string; answers: Map<string, boolean> } | undefined;
const MAX_KEPT_ANSWERS = 4096;

function answersFor(surnames: readonly string[]): Map<string, boolean> {
  // Each surname with its length before it, so that no two lists give one key.
  const key = surnames.map((n) => `${n.length}:${n}`).join('');
  if (kept?.surnames !== key) kept = { surnames: ownString(key), answers: new Map() };
  return kept.answers;
}

/** Index of the first `\s` character of `s`, or its length. */
function firstSpaceIn(s: string): number {
  let i = 0;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Index of the last `\s` character of `s`, or -1. */
function lastSpaceIn(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
  return i;
}

/** A sentence's capitalized words (capitalizedWords), at `words[k] + base`. */
export interface SentenceCapitals {
  words: Int32Array;
  base: number;
}

/**
 * The capitalized words of `text` from `start` to `end`, `/\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}{2,}/gu`
 * by character codes (a regex exec per word, and its match array, was most of this pass), as
 * `start, end` pairs less `base`: a function of that part of the text alone, which the
 * AnalysisCache keeps by paragraph text.
 */
export function capitalizedWords(text: string, start: number, end: number, base: number): Int32Array {
  const out: number[] = [];
  for (let at = start; at < end; ) {
    const next = nextCapitalizedWord(text, at, end);
    if (next < 0) break;
    const wordEnd = capitalizedWordEnd(text, next, end);
    out.push(next - base, wordEnd - base);
    at = wordEnd;
  }
  return Int32Array.from(out);
}

/** Where the next capitalized word at or after `at` (and before `end`) starts, or -1. */
function nextCapitalizedWord(text: string, at: number, end: number): number {
  while (at < end) {
    const c = text.charCodeAt(at);
    if (c < 128 && (c < 65 || c > 90)) {
      at++; // no capital here: the common case, without a call
      continue;
    }
    if (capitalizedWordEnd(text, at, end) >= 0) return at;
    at += codePointLength(text, at, end);
  }
  return -1;
}

/** A key for a word's first code unit and its length (lengths above 255 share one: a filter only). */
function firstAndLength(first: number, length: number): number {
  return first * 256 + Math.min(length, 255);
}

/** Where text[start, end) ends once stripPossessive has taken off its `'s` or `s'`. */
function possessiveEnd(text: string, start: number, end: number): number {
  if (end - start < 2) return end;
  const last = text.charCodeAt(end - 1);
  const before = text.charCodeAt(end - 2);
  if (last === 115 && (before === 39 || before === 0x2019)) return end - 2;
  if ((last === 39 || last === 0x2019) && before === 115) return end - 1;
  return end;
}

function boundaryBefore(text: string, at: number): boolean {
  return at === 0 || !isLetterOrDigitAt(text, at - 1);
}

function boundaryAfter(text: string, at: number): boolean {
  return at >= text.length || !isLetterOrDigitAt(text, at);
}

/** A sentence written in capitals: more than 12 letters and none of them lower-case. */
function isShouting(text: string): boolean {
  // An ASCII lower-case letter settles it (no upper-casing yields one): most sentences have one early.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 12 && letters === letters.toUpperCase();
}
