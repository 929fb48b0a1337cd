/**
 * Character tests for the entity layer's hot loops, on UTF-16 code units: regexes with Unicode
 * property classes cost a call and often a string per test, and scanning a whole sentence for a
 * pattern anchored at its end is quadratic over an article. Each test here is exact for the
 * class it names; the classes themselves are the segmenter's (segment/chars.ts).
 */
import { classAt, codePointLength, isLetterOrDigit, isSpace, LETTER, MARK, UPPER } from '../segment/chars';

export { codePointLength, isSpace };

/** `/[\p{L}\p{N}]/u.test(text[at])`: the one code unit at `at` is a letter or a digit. */
export function isLetterOrDigitAt(text: string, at: number): boolean {
  return isLetterOrDigit(text.charCodeAt(at));
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

/** In `[\p{L}\p{M}'’-]` (given the code point's classes). */
function inWord(cp: number, k: number): boolean {
  return (k & (LETTER | MARK)) !== 0 || cp === 39 || cp === 45 || cp === 0x2019;
}

/**
 * End of the capitalized word that starts at `i` in text[.., limit), or -1: what
 * `/\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}{2,}/uy` matches there (the second branch never matches
 * where the first fails: a second capital is a letter). The word ends after its last letter.
 */
export function capitalizedWordEnd(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c < 128 && (c < 65 || c > 90)) return -1;
  if (!(classAt(text, i, limit) & UPPER)) return -1;
  let end = -1;
  for (let j = i + codePointLength(text, i, limit); j < limit; ) {
    const k = classAt(text, j, limit);
    if (!inWord(text.charCodeAt(j), k)) break;
    j += codePointLength(text, j, limit);
    if (k & LETTER) end = j;
  }
  return end;
}
