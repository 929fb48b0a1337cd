/**
 * Character classes by char code, for the scanners of the segmenter and the tokenizer, which
 * used to test one-character strings against regular expressions with Unicode property
 * classes. Each class agrees exactly with its regex: letters `\p{L}`, upper case `\p{Lu}`,
 * digits `\p{N}`, marks `\p{M}` and white space `\s`. A lone surrogate is in none of them.
 */

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
export const SPACE = 8;
export const UPPER = 16;
const KNOWN = 128;

/** Classes of the Basic Multilingual Plane, filled in on first use of each code unit. */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\s/u.test(ch) ? SPACE : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0)
  );
}

for (let c = 0; c < 0x80; c++) bmp[c] = classify(String.fromCharCode(c));

/** Classes of one UTF-16 code unit taken alone (as `/\p{L}/u.test(text[i])` sees it). */
export function classOf(c: number): number {
  let k = bmp[c];
  if (k === 0) {
    k = classify(String.fromCharCode(c));
    bmp[c] = k;
  }
  return k;
}

/** Classes of the code point at `i` (a surrogate pair only when both halves are before `end`). */
export function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return classOf(c);
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return classOf(c);
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    astral.set(cp, k);
  }
  return k;
}

/**
 * Code units of the code point at `i` when it has one of the `classes` (2 for an astral one), else
 * 0; 0 past the end. What a sticky `u` regex such as `/[\p{L}\p{N}]/uy` at `i` would consume.
 */
export function lengthIfClass(text: string, i: number, classes: number): number {
  if (i >= text.length) return 0;
  return (classAt(text, i, text.length) & classes) !== 0 ? codePointLength(text, i, text.length) : 0;
}

/** 2 for a surrogate pair at `i` (before `end`), else 1. */
export function codePointLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

export function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 0x80) return c >= 9 && c <= 13;
  return (classOf(c) & SPACE) !== 0;
}

export function isLetter(c: number): boolean {
  return (classOf(c) & LETTER) !== 0;
}

export function isLetterOrDigit(c: number): boolean {
  return (classOf(c) & (LETTER | NUMBER)) !== 0;
}

/** `\p{L}`, `\p{N}` or `\p{M}`: a character inside a word. */
export function isWordChar(c: number): boolean {
  return (classOf(c) & (LETTER | NUMBER | MARK)) !== 0;
}

/** Does `text[s, e)` end with a letter or digit (a whole surrogate pair counts as one)? */
export function endsWithLetterOrDigit(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  if (c >= 0xdc00 && c <= 0xdfff && e - 2 >= s) {
    const h = text.charCodeAt(e - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (classAt(text, e - 2, e) & (LETTER | NUMBER)) !== 0;
  }
  return (classOf(c) & (LETTER | NUMBER)) !== 0;
}
