import type { Token } from './article';
import {
  classAt,
  codePointLength,
  endsWithLetterOrDigit,
  isLetter,
  isLetterOrDigit,
  isSpace,
  isWordChar,
  LETTER,
  MARK,
  NUMBER,
} from './segment/chars';

/**
 * Abbreviations that keep their final period (`Corp.`, `Gen.`, `Jan.`). Single letters
 * (`J.`) and words with an inner dot (`U.S.`, `e.g.`) keep it too.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft sen rep gov gen lt col maj capt cmdr sgt adm cpl pvt rev hon pres supt insp ' +
    'corp inc ltd co cos bros plc llc no nos vs etc al approx dept est fig jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd ky calif conn del fla ga ill ind kan ' +
    'la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ariz ark colo mln bln pct'
  ).split(' '),
);
/** Lower-casing never shortens a string, so a longer word cannot be one of the abbreviations. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const DOT = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const BACKTICK = 0x60;

/**
 * Splits `text[start, end)` into CoNLL-2003 style tokens with exact offsets into `text`:
 * punctuation and quotes split off, possessive `'s` and `n't` split, hyphenated words,
 * numbers (`10,000`, `1.5`, `1996-08-22`) and dotted abbreviations (`U.S.`, `Corp.`) kept
 * whole, and a sentence-final period split from an ordinary word.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(text, start, end, tokens);
  return tokens;
}

/**
 * `tokenize`, appending to `tokens` (the analyzer collects one array for the whole article).
 *
 * A hand-written scanner over char codes. It matches exactly what this regular expression,
 * run with the `u` flag from `start` over `text.slice(0, end)`, used to match (a regex with
 * Unicode property classes and a lookbehind per token was the slowest part of tokenizing):
 *
 *   [\p{L}\p{N}\p{M}]+(?:(?:[-'’&/.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*(?:\.(?!\.))?
 *   | \.{2,} | -{2,} | `` | '' | \S
 */
export function tokenizeInto(text: string, start: number, end: number, tokens: Token[]): void {
  end = end < 0 ? Math.max(0, text.length + end) : Math.min(end, text.length); // as `text.slice(0, end)` bounds it
  let i = Math.max(0, start);
  // Like a `u` regex, never start inside a surrogate pair: step back to its first half.
  if (i > 0 && i < end && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const width = wordCharLength(text, i, end);
    if (width > 0) {
      const e = wordEnd(text, i + width, end);
      pushWord(text, i, e, tokens);
      i = e;
      continue;
    }
    let e: number;
    if (c === DOT || c === HYPHEN) e = runEnd(text, c, i, end); // `...`, `--` (or a single one)
    else if ((c === BACKTICK || c === APOSTROPHE) && i + 1 < end && text.charCodeAt(i + 1) === c) e = i + 2;
    else e = i + codePointLength(text, i, end);
    push(text, i, e, tokens);
    i = e;
  }
}

/** Length (1 or 2 code units) of the letter, digit or mark at `i`, 0 when it is none. */
function wordCharLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiAlnum(c) ? 1 : 0;
  if (!isHighSurrogate(c)) return isWordChar(c) ? 1 : 0;
  return classAt(text, i, end) & (LETTER | NUMBER | MARK) ? 2 : 0;
}

/** ASCII letters and digits, by char code: one load instead of three range tests. */
const ASCII_ALNUM = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  ASCII_ALNUM[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
}

function isAsciiAlnum(c: number): boolean {
  return ASCII_ALNUM[c] === 1;
}

/**
 * End of a word that starts before `i`: runs of letters, digits and marks joined by one of
 * `-'’&/.` (or by a comma between digits: `10,000`), plus a final period unless `..` follows.
 */
function wordEnd(text: string, i: number, end: number): number {
  for (;;) {
    i = skipWordChars(text, i, end);
    if (i + 1 >= end) break; // a joiner needs a word character after it
    const c = text.charCodeAt(i);
    const joins = isJoiner(c) || (c === COMMA && digitEndsAt(text, i) && (classAt(text, i + 1, end) & NUMBER) !== 0);
    if (!joins || wordCharLength(text, i + 1, end) === 0) break;
    i++;
  }
  if (i < end && text.charCodeAt(i) === DOT && !(i + 1 < end && text.charCodeAt(i + 1) === DOT)) i++;
  return i;
}

function skipWordChars(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (!isAsciiAlnum(c)) return i;
      i++;
    } else {
      const width = wordCharLength(text, i, end);
      if (width === 0) return i;
      i += width;
    }
  }
  return i;
}

function isJoiner(c: number): boolean {
  return c === HYPHEN || c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE || c === 0x26 || c === 0x2f || c === DOT;
}

/** Is the code point that ends just before `i` a digit (`\p{N}`)? */
function digitEndsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0x30 && c <= 0x39) return true;
  if (isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) {
    return (classAt(text, i - 2, i) & NUMBER) !== 0;
  }
  return (classAt(text, i - 1, i) & NUMBER) !== 0;
}

function runEnd(text: string, c: number, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === c) i++;
  return i;
}

/**
 * Pushes the word `text[s, e)`: a final period split off unless the word is an abbreviation,
 * then `n't` or a clitic (`'s`, `'re`, `'ve`, `'ll`, `'d`, `'m`) split off.
 * Words that do not start with a letter or digit of the Basic Multilingual Plane (a mark, an
 * astral letter) stay whole, as they always have.
 */
function pushWord(text: string, s: number, e: number, tokens: Token[]): void {
  if (e - s === 1 || !isLetterOrDigit(text.charCodeAt(s))) {
    push(text, s, e, tokens);
    return;
  }
  let we = e; // end of the word without a split-off period
  if (text.charCodeAt(e - 1) === DOT && !keepsPeriod(text, s, e - 1)) we = e - 1;
  const cut = cliticStart(text, s, we);
  if (cut > s && endsWithLetterOrDigit(text, s, cut)) {
    push(text, s, cut, tokens);
    push(text, cut, we, tokens);
  } else {
    push(text, s, we, tokens);
  }
  if (we < e) push(text, we, e, tokens);
}

/** Abbreviations keep their period: words with an inner dot, single letters, `Corp.`. */
function keepsPeriod(text: string, s: number, bodyEnd: number): boolean {
  const dot = text.indexOf('.', s);
  if (dot >= 0 && dot < bodyEnd) return true;
  if (bodyEnd - s === 1 && isLetter(text.charCodeAt(s))) return true;
  return bodyEnd - s <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(s, bodyEnd).toLowerCase());
}

/**
 * Where `n't` or a clitic starts at the end of `text[s, e)`, or -1. `n't` wins over a clitic
 * (`don't` -> `do` `n't`, never `don` `'t`); the word before it must not be empty.
 */
function cliticStart(text: string, s: number, e: number): number {
  const len = e - s;
  if (len >= 4 && isApostrophe(text.charCodeAt(e - 2)) && lower(text.charCodeAt(e - 1)) === 0x74 /* t */) {
    if (lower(text.charCodeAt(e - 3)) === 0x6e /* n */) return e - 3;
  }
  if (len >= 3 && isApostrophe(text.charCodeAt(e - 2))) {
    const c = text.charCodeAt(e - 1);
    const l = lower(c);
    // `'s` (also the long s `ſ`, which case-folds to s), `'d`, `'m`.
    if (l === 0x73 || l === 0x64 || l === 0x6d || c === 0x17f) return e - 2;
  }
  if (len >= 4 && isApostrophe(text.charCodeAt(e - 3))) {
    const a = lower(text.charCodeAt(e - 2));
    const b = lower(text.charCodeAt(e - 1));
    // `'re`, `'ve`, `'ll`.
    if ((b === 0x65 && (a === 0x72 || a === 0x76)) || (a === 0x6c && b === 0x6c)) return e - 3;
  }
  return -1;
}

/** ASCII lower case of an ASCII letter; other code units unchanged. */
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function push(text: string, s: number, e: number, tokens: Token[]): void {
  tokens.push({ start: s, end: e, text: tokenText(text, s, e) });
}

/**
 * Recently seen short token strings by a hash of their characters. Most tokens of an article
 * are words and punctuation it has used before (`the`, `said`, `,`); reusing their strings
 * instead of slicing a new one each time spares the garbage collector, which spent more time
 * on a 1 MB article's tokens than the tokenizer itself.
 */
const RECENT_SIZE = 4096; // a power of two
const recent: (string | undefined)[] = new Array<string | undefined>(RECENT_SIZE).fill(undefined);
/**
 * V8 copies slices shorter than 13 characters but makes longer ones point into the text:
 * those cost little, and keeping only copies means the table never holds on to an article.
 */
const RECENT_MAX_LENGTH = 12;

function tokenText(text: string, s: number, e: number): string {
  const len = e - s;
  if (len > RECENT_MAX_LENGTH) return text.slice(s, e);
  let h = len;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = h & (RECENT_SIZE - 1);
  const seen = recent[slot];
  if (seen !== undefined && sameText(seen, text, s, len)) return seen;
  const str = text.slice(s, e);
  recent[slot] = str;
  return str;
}

/** `text.startsWith(str, s) && str.length === len`, for short strings without a builtin call. */
function sameText(str: string, text: string, s: number, len: number): boolean {
  if (str.length !== len) return false;
  for (let k = 0; k < len; k++) if (str.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}
