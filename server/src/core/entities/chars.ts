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
