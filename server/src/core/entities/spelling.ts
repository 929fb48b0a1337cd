import { StringMemo } from '../memo';
/**
 * Spelling variants of one name: `Zelenskiy` / `Zelensky`, `Volodymyr` / `Volodimir`.
 * Two spellings are variants when they differ by at most one edit (two for long names) or only
 * by a doubled letter, start with the same letter and are long enough that such a small difference is a misspelling rather
 * than a different name (`Iran` / `Iraq`, `Austria` / `Australia` are not variants).
 */

const folded = new StringMemo(fold);

/** Accent-, case- and possessive-free form of a name. Memoized: clustering compares names pairwise. */
export function foldName(s: string): string {
  // Most names are ASCII letters and spaces, which only lower-casing changes: no pass of Unicode
  // normalization and regular expressions for them (same result), and no memo either: looking
  // one up, and copying its key, cost more than lower-casing (a megabyte of distinct names
  // also overflowed the memo, which started over four times).
  return isPlainAscii(s) ? s.toLowerCase() : folded.get(s);
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N} ]+/gu, '');
}

/** True when `s` is ASCII letters, digits and spaces only. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32)) return false;
  }
  return true;
}

/** A coarse key that spelling variants share: first letter, then consonants, doubles collapsed. */
export function skeleton(s: string): string {
  const f = foldName(s).replace(/\s+/g, '');
  return (f[0] ?? '') + f.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** Edit distance where swapping two neighbouring letters (`Mensah` / `Mensha`) is one edit, capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  return isFoldedVariant(foldName(a), foldName(b));
}

/** isSpellingVariant of two different names, given their folded forms. */
export function isFoldedVariant(fa: string, fb: string): boolean {
  if (fa === fb) return true;
  const len = Math.min(fa.length, fb.length);
  if (fa[0] !== fb[0]) return false;
  // A doubled or undoubled letter (`Ngata` / `Ngatta`) is a misspelling even in a short name.
  if (len >= 5 && fa.replace(/(.)\1+/g, '$1') === fb.replace(/(.)\1+/g, '$1')) return true;
  if (len < 6) return false;
  const max = len >= 9 ? 2 : 1;
  return editDistance(fa, fb, max) <= max;
}
