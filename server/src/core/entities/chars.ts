/**
 * Character tests for the entity layer's hot loops, on UTF-16 code units: regexes with Unicode
 * property classes cost a call and often a string per test, and scanning a whole sentence for a
 * pattern anchored at its end is quadratic over an article. Each test here is exact for the
 * class it names; non-ASCII letters fall back to the regex.
 */

/** JavaScript's `\s`: WhiteSpace and LineTerminator (ECMA-262), with or without the `u` flag. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `/[\p{L}\p{N}]/u.test(text[at])`: the one code unit at `at` is a letter or a digit. */
export function isLetterOrDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[at]);
}

/** True when text[from, to) is empty or only `\s`. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Where the last `runs` runs of non-`\s` characters of text[lo, hi) start (`lo` when there are
 * fewer). A pattern anchored at the end of a text that spans at most that many such runs can
 * only match inside this tail, so it is searched there instead of across the whole sentence.
 */
export function lastRunsStart(text: string, lo: number, hi: number, runs: number): number {
  let i = hi;
  for (let n = 0; n < runs; n++) {
    while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === lo) return lo;
    while (i > lo && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

const UPPER = 1;
const LETTER = 2;
/** In `[\p{L}\p{M}'’-]`. */
const IN_WORD = 4;
const classes = new Map<number, number>();

/** UPPER (`\p{Lu}`), LETTER (`\p{L}`) and IN_WORD flags of a code point; non-ASCII ones asked of the regex once. */
function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return UPPER | LETTER | IN_WORD;
    if (cp >= 97 && cp <= 122) return LETTER | IN_WORD;
    return cp === 39 || cp === 45 ? IN_WORD : 0;
  }
  let k = classes.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{L}/u.test(ch) ? LETTER : 0);
    if (k & LETTER || /\p{M}/u.test(ch) || cp === 0x2019) k |= IN_WORD;
    classes.set(cp, k);
  }
  return k;
}

/** The code point at `i`, as a `u` regex reads it within text[.., limit): a surrogate pair is one. */
function codePointIn(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code units of the code point at `i` (within text[.., limit)). */
export function codePointLength(text: string, i: number, limit: number): number {
  return codePointIn(text, i, limit) > 0xffff ? 2 : 1;
}

/**
 * End of the capitalized word that starts at `i` in text[.., limit), or -1: what
 * `/\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}{2,}/uy` matches there (the second branch never matches
 * where the first fails: a second capital is a letter). The word ends after its last letter.
 */
export function capitalizedWordEnd(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c < 128 && (c < 65 || c > 90)) return -1;
  const first = codePointIn(text, i, limit);
  if (!(classOf(first) & UPPER)) return -1;
  let end = -1;
  for (let j = i + (first > 0xffff ? 2 : 1); j < limit; ) {
    const cp = codePointIn(text, j, limit);
    const k = classOf(cp);
    if (!(k & IN_WORD)) break;
    j += cp > 0xffff ? 2 : 1;
    if (k & LETTER) end = j;
  }
  return end;
}
