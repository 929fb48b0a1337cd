import type { Span } from '../model';
import { classOf, isSpace, LETTER, NUMBER, UPPER } from './chars';

/**
 * Sentence spans inside one paragraph of plain text.
 *
 * A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) that is
 * followed by white space and a plausible sentence start. It does not end after an
 * abbreviation (`Gen.`, `U.S.`, `Feb.`, `Mr.`, `St.`), an initial (`Raymond H. Hawksley`), or
 * inside a decimal number, and it does not end inside a quotation: a quotation of several
 * sentences stays with the sentence that holds its attribution (docs/rules.md, Article structure).
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col maj capt cpl sgt adm cmdr brig lt-col rev fr st mt ' +
    'jr sr co corp inc ltd plc bros dept univ assn no nos vol vs etc approx est fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo ft pt ave blvd rd hwy a.m p.m u.s u.k u.n e.u'
  ).split(' '),
);

const DOT = 0x2e;
const STRAIGHT_QUOTE = 0x22;

/** `.`, `!` or `?`. */
function isTerminator(c: number): boolean {
  return c === DOT || c === 0x21 || c === 0x3f;
}

/** `“`, `«`, `„` */
function isOpenQuote(c: number): boolean {
  return c === 0x201c || c === 0xab || c === 0x201e;
}

/** `”`, `»` */
function isCloseQuote(c: number): boolean {
  return c === 0x201d || c === 0xbb;
}

/** What may follow a terminator inside its sentence: `"”’')]»`. */
function isClosing(c: number): boolean {
  return c === STRAIGHT_QUOTE || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb;
}

/** A straight quote opens after white space, an opening bracket or a dash: `[\s(\[—–-]`. */
function opensAfter(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x2d || isSpace(c);
}

/** What a sentence may start with: `[\p{Lu}\p{N}"“‘'(\[¿¡]`. */
function startsSentence(c: number): boolean {
  if (c === STRAIGHT_QUOTE || c === 0x201c || c === 0x2018 || c === 0x27 || c === 0x28 || c === 0x5b) return true;
  return c === 0xbf || c === 0xa1 || (classOf(c) & (UPPER | NUMBER)) !== 0;
}

/**
 * The paragraph is scanned by char code: only terminators and quotation marks matter, and
 * testing every character against regular expressions was most of the time spent here.
 */
export function splitSentences(plain: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(plain, paragraph.start, paragraph.end);
  let inStraight = false;
  let curlyDepth = 0;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = plain.charCodeAt(i);
    if (!isTerminator(c)) {
      if (c === STRAIGHT_QUOTE) {
        // A straight quote opens when it follows space or an opening bracket, closes otherwise.
        inStraight = i > paragraph.start ? opensAfter(plain.charCodeAt(i - 1)) : true;
      } else if (isOpenQuote(c)) curlyDepth++;
      else if (isCloseQuote(c)) curlyDepth = Math.max(0, curlyDepth - 1);
      continue;
    }
    // Include closing quotes and brackets that follow the terminator.
    let end = i + 1;
    let closesQuote = false;
    while (end < paragraph.end && isClosing(plain.charCodeAt(end))) {
      const q = plain.charCodeAt(end);
      if (q === STRAIGHT_QUOTE || isCloseQuote(q)) closesQuote = true;
      end++;
    }
    if (end >= paragraph.end) break;
    if (!isSpace(plain.charCodeAt(end))) continue;
    const quoted = (inStraight || curlyDepth > 0) && !closesQuote;
    if (quoted) continue;
    if (c === DOT && !endsSentenceAt(plain, paragraph.start, i)) continue;
    const next = skipSpace(plain, end, paragraph.end);
    if (next >= paragraph.end || !startsSentence(plain.charCodeAt(next))) continue;
    if (closesQuote) {
      inStraight = false;
      curlyDepth = 0;
    }
    spans.push({ start: sentenceStart, end });
    sentenceStart = next;
    i = next - 1;
  }
  if (sentenceStart < paragraph.end) spans.push({ start: sentenceStart, end: trimEnd(plain, paragraph.end) });
  return spans.filter((s) => s.end > s.start);
}

/** Is the `.` at `dot` the end of a sentence, judged by the word before it? */
function endsSentenceAt(text: string, min: number, dot: number): boolean {
  let w = dot;
  while (w > min && isWordPart(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  // Decimal: `1.5` never reaches here (no space after the dot), but `No. 5` does.
  if (/^\p{Lu}$/u.test(word)) return false; // initial: `H.`
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // Dotted abbreviation like `U.S.`: ends a sentence only before a new sentence start,
    // which the caller checks; treat as abbreviation when followed by a capitalized name.
    return isSentenceStartAfter(text, dot);
  }
  return !ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
}

function isSentenceStartAfter(text: string, dot: number): boolean {
  const rest = text.slice(dot + 1, dot + 40);
  const m = /^\s+(\S+)/.exec(rest);
  if (!m) return true;
  return /^(?:The|A|An|It|He|She|They|We|I|In|On|But|And|This|That|There|His|Her|Their|"|“)\b/.test(m[1]);
}

/** `[\p{L}\p{N}.'-]`: a character of the word before a period. */
function isWordPart(c: number): boolean {
  return c === DOT || c === 0x27 || c === 0x2d || (classOf(c) & (LETTER | NUMBER)) !== 0;
}

function skipSpace(text: string, pos: number, end: number): number {
  while (pos < end && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
