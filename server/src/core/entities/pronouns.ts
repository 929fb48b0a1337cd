import type { Mention, Sentence } from '../article';
import { pushTo } from '../multimap';
import { isSpace } from './chars';

/** Person mentions (pronouns excluded) by sentence index, in document order. */
export function personsBySentence(mentions: Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.type !== 'person' || isHeOrShe(m.text)) continue;
    pushTo(map, m.sentence, m);
  }
  return map;
}

/** `/^(?:he|she)$/i`, by character codes (`| 0x20` lower-cases exactly the ASCII letters asked). */
export function isHeOrShe(text: string): boolean {
  const n = text.length;
  if (n === 2) return (text.charCodeAt(0) | 0x20) === 104 && (text.charCodeAt(1) | 0x20) === 101;
  if (n !== 3) return false;
  return (text.charCodeAt(0) | 0x20) === 115 && (text.charCodeAt(1) | 0x20) === 104 && (text.charCodeAt(2) | 0x20) === 101;
}

const MALE = /\b(?:Mr|King|Prince|Lord|Sir|Congressman|Chairman|Spokesman|Father|Pope)\b/;

/** The gender a title or honorific right before a name implies (`Mrs`, `King`), if any. */
export function titleGender(roleText: string): 'F' | 'M' | undefined {
  const tail = roleText.slice(-20);
  if (FEMALE.test(tail)) return 'F';
  if (MALE.test(tail)) return 'M';
  return undefined;
}

/**
 * Personal pronouns that open a sentence (`He issued a fresh appeal ...`) refer to the most
 * recent person who was the subject of a sentence: the first person named in the latest
 * sentence, up to five sentences back, that names one. `She` prefers a person with a female
 * honorific or title in that sentence.
 */
const LOOKBACK = 5;
const FEMALE = /\b(?:Mrs|Ms|Miss|Queen|Princess|Lady|Dame|Congresswoman|Chairwoman|Spokeswoman)\b/;

export interface PronounSite {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** Sentence-initial `He`/`She` (after an opening quote mark, if any). */
export function findPronouns(plain: string, sentences: Sentence[]): PronounSite[] {
  const sites: PronounSite[] = [];
  for (const s of sentences) {
    if (!mayOpenWithPronoun(plain, s.start, Math.min(s.end, s.start + 12))) continue;
    const m = /^["“'‘(\s]*(He|She)\b/.exec(plain.slice(s.start, Math.min(s.end, s.start + 12)));
    if (m) {
      const start = s.start + m[0].length - m[1].length;
      sites.push({ start, end: start + m[1].length, text: m[1], sentence: s.index });
    }
  }
  return sites;
}

/** False when text[from, to) cannot start with `He`/`She` after opening quotes and spaces (most sentences). */
function mayOpenWithPronoun(text: string, from: number, to: number): boolean {
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 40 || isSpace(c))) break;
  }
  const c = text.charCodeAt(i);
  return i < to && (c === 72 || c === 83); // H, S
}

/**
 * The person mention a pronoun at `offset` (in sentence `sentence`) refers to, from the person
 * mentions by sentence. Person mentions in the same sentence before the pronoun count first.
 */
export function antecedent(
  bySentence: Map<number, Mention[]>,
  sentence: number,
  offset: number,
  pronoun: string,
  roleText?: (m: Mention) => string,
  genderOf?: (m: Mention) => 'F' | 'M' | undefined,
): Mention | undefined {
  const female = /^she$/i.test(pronoun);
  const wanted = female ? 'F' : 'M';
  for (let s = sentence; s >= 0 && s >= sentence - LOOKBACK; s--) {
    // A person known to be of the other gender (first name, honorific) is skipped.
    const candidates = (bySentence.get(s) ?? []).filter((m) => {
      if (m.start >= offset) return false;
      const g = genderOf?.(m);
      return g === undefined || g === wanted;
    });
    if (candidates.length === 0) continue;
    if (female && roleText) {
      const f = candidates.find((m) => FEMALE.test(roleText(m)));
      if (f) return f;
    }
    return candidates[0];
  }
  return undefined;
}
