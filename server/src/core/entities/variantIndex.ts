import { foldName } from './spelling';

/**
 * Names indexed so that the spelling variants of a name are found without comparing it with every
 * other name (comparing each pair made clustering quadratic on long articles: issue 16).
 *
 * `candidates(name)` lists every item added under a name `other` for which `foldName(other) ===
 * foldName(name)` or `isSpellingVariant(other, name)` can hold, and perhaps a few more: callers
 * test each candidate with the exact predicate, so the index changes no answer, only how many
 * pairs are tested. Why no variant is missed: with fa, fb the folded names, isSpellingVariant is
 * true only when (spelling.ts)
 *  1. fa === fb: both are filed under fa;
 *  2. both are 5 letters or more and equal once doubled letters are collapsed: both are filed under
 *     that collapsed form;
 *  3. both are 6 letters or more and within `max` edits (insertions, deletions, substitutions,
 *     swaps of neighbours, none overlapping), `max` being 1, or 2 when both are 9 or more. Each
 *     edit removes at most one letter from each side to reach a common string (a substitution or
 *     a swap: one from each side; an insertion or deletion: one from one side), so the two names
 *     share a string made by deleting at most `max` letters from each. Every name of 6 or more
 *     letters is filed under each string made by deleting at most one of its letters, and a name
 *     of 9 or more under those made by deleting at most two: a pair within `max` edits shares one.
 * Letters are UTF-16 code units, as in spelling.ts. Keys are 32-bit hashes of those strings, kept
 * in typed arrays (a Map of a few million keys cost more than the comparisons it saved); a
 * collision only adds a candidate.
 */
export class VariantIndex<T> {
  private readonly items: T[] = [];
  /** Per hash bucket, the last entry filed there (+1; 0: none). */
  private heads: Int32Array = new Int32Array(1024);
  private keys: Int32Array = new Int32Array(1024);
  private itemOf: Int32Array = new Int32Array(1024);
  /** The entry filed in the same bucket before this one (+1; 0: none). */
  private next: Int32Array = new Int32Array(1024);
  private entries = 0;
  /** Per item, the query that last listed it: each is listed once per query. */
  private listed: Int32Array = new Int32Array(64);
  private query = 0;

  add(name: string, item: T): void {
    const index = this.items.length;
    this.items.push(item);
    if (index >= this.listed.length) this.listed = grow(this.listed, index + 1);
    for (const k of variantKeys(foldName(name))) this.file(k, index);
  }

  /** The items that may be filed under a variant of `name` (or its folded form), each once, in the order added. */
  candidates(name: string): T[] {
    const q = ++this.query;
    const found: number[] = [];
    const mask = this.heads.length - 1;
    for (const k of variantKeys(foldName(name))) {
      for (let e = this.heads[k & mask]; e !== 0; e = this.next[e - 1]) {
        if (this.keys[e - 1] !== k) continue;
        const i = this.itemOf[e - 1];
        if (this.listed[i] === q) continue;
        this.listed[i] = q;
        found.push(i);
      }
    }
    return found.sort((a, b) => a - b).map((i) => this.items[i]);
  }

  get size(): number {
    return this.items.length;
  }

  private file(k: number, index: number): void {
    if (this.entries >= this.keys.length) {
      this.keys = grow(this.keys, this.entries + 1);
      this.itemOf = grow(this.itemOf, this.entries + 1);
      this.next = grow(this.next, this.entries + 1);
    }
    if (this.entries >= this.heads.length) this.rehash(this.heads.length * 4);
    const mask = this.heads.length - 1;
    const e = this.entries++;
    this.keys[e] = k;
    this.itemOf[e] = index;
    this.next[e] = this.heads[k & mask];
    this.heads[k & mask] = e + 1;
  }

  private rehash(size: number): void {
    this.heads = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.entries; e++) {
      this.next[e] = this.heads[this.keys[e] & mask];
      this.heads[this.keys[e] & mask] = e + 1;
    }
  }
}

function grow(a: Int32Array, min: number): Int32Array {
  let size = a.length * 2;
  while (size < min) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

const B = 0x01000193;
const TAG_FOLDED = 0x3c6ef372;
const TAG_COLLAPSED = 0x78dde6e4;
const TAG_DELETED = 0x1b873593;

/** The keys (32-bit hashes) a folded name is filed under; see VariantIndex. */
export function variantKeys(f: string): number[] {
  const n = f.length;
  const keys: number[] = [finish(hashOf(f), n, TAG_FOLDED)];
  if (n >= 5) {
    const collapsed = f.replace(/(.)\1+/g, '$1');
    keys.push(finish(hashOf(collapsed), collapsed.length, TAG_COLLAPSED));
  }
  if (n < 6) return keys;
  // Polynomial hashes: pre[i] hashes f[0, i); seg(a, b) hashes f[a, b); a string cut into pieces
  // hashes as the pieces' hashes shifted by the lengths after them, so each deletion costs O(1).
  const pre = new Int32Array(n + 1);
  const pow = new Int32Array(n + 1);
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = Math.imul(pre[i], B) + f.charCodeAt(i);
    pow[i + 1] = Math.imul(pow[i], B);
  }
  const seg = (a: number, b: number): number => (pre[b] - Math.imul(pre[a], pow[b - a])) | 0;
  keys.push(finish(pre[n], n, TAG_DELETED));
  for (let i = 0; i < n; i++) keys.push(finish(Math.imul(seg(0, i), pow[n - 1 - i]) + seg(i + 1, n), n - 1, TAG_DELETED));
  if (n < 9) return keys;
  for (let i = 0; i < n; i++) {
    const left = Math.imul(seg(0, i), pow[n - 2 - i]);
    for (let j = i + 1; j < n; j++) keys.push(finish(left + Math.imul(seg(i + 1, j), pow[n - 1 - j]) + seg(j + 1, n), n - 2, TAG_DELETED));
  }
  return keys;
}

function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h, B) + s.charCodeAt(i);
  return h;
}

/** Mixes the length and the kind of key into a hash (murmur3's finalizer). */
function finish(h: number, length: number, tag: number): number {
  let x = (h ^ Math.imul(length, 0x9e3779b1) ^ tag) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}
