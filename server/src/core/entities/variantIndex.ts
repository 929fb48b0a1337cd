import { foldName } from './spelling';
import { grownInt32 } from '../typedArrays';

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
 *     Variants start with the same letter, and two names that do are as many edits apart as they
 *     are without it (tests/unit/variant-index.test.ts checks it on random strings), so that common string keeps
 *     the first letter: no key deletes it (a sixth of the keys of a name of 12 letters).
 * Letters are UTF-16 code units, as in spelling.ts. Keys are 32-bit hashes of those strings, kept
 * in typed arrays (a Map of a few million keys cost more than the comparisons it saved); a
 * collision only adds a candidate.
 */
export class VariantIndex<T> {
  private readonly items: T[] = [];
  /** Each distinct folded name once (names repeat: filing each copy under every key cost most of the lookups). */
  private readonly idOf = new Map<string, number>();
  /** Per folded name, the items added under it. */
  private readonly itemsOf: number[][] = [];
  /** Per hash bucket, the last entry filed there (+1; 0: none). */
  private heads: Int32Array = new Int32Array(64);
  /**
   * Per entry filed, three numbers side by side (one read of memory instead of three: the
   * lookups' misses of the cache were most of their cost): its key, its folded name's id, and
   * the entry filed in the same bucket before it (+1; 0: none).
   */
  private table: Int32Array = new Int32Array(3 * 64);
  private entries = 0;
  /**
   * One bit per bucket of heads, set when something is filed there: most keys of a query are filed
   * under no name, and this answers them from an array 32 times smaller than heads, mostly in
   * cache, instead of a read of heads that missed it (issue 16).
   */
  private bits: Int32Array = new Int32Array(64 >>> 5);
  /**
   * Per bucket, one bit for each of the eight values of the top three bits of the keys filed
   * there: a key that shares its bucket with others is mostly told apart from them here, without
   * reading their entries (a key filed nowhere still found a full bucket in a third of lookups).
   */
  private tops: Uint8Array = new Uint8Array(64);
  /** Per folded name, the query that last listed it: each is listed once per query. */
  private listed: Int32Array = new Int32Array(16);
  private query = 0;

  add(name: string, item: T): void {
    this.addFolded(foldName(name), item);
  }

  /** `add`, given the name's folded form. */
  addFolded(folded: string, item: T): void {
    const index = this.items.length;
    this.items.push(item);
    let id = this.idOf.get(folded);
    if (id === undefined) {
      id = this.itemsOf.length;
      this.idOf.set(folded, id);
      this.itemsOf.push([]);
      if (id >= this.listed.length) this.listed = grownInt32(this.listed, id + 1);
      const n = keysOf(folded);
      for (let k = 0; k < n; k++) this.file(scratch[k], id);
    }
    this.itemsOf[id].push(index);
  }

  /** The items that may be filed under a variant of `name` (or its folded form), each once, in the order added. */
  candidates(name: string): T[] {
    return this.foldedCandidates(foldName(name));
  }

  /** `candidates`, given the name's folded form. */
  foldedCandidates(folded: string): T[] {
    const q = ++this.query;
    const found: number[] = [];
    const mask = this.heads.length - 1;
    const n = keysOf(folded);
    const { bits, tops, heads, table } = this;
    for (let k = 0; k < n; k++) {
      const key = scratch[k];
      const b = key & mask;
      if ((bits[b >>> 5] & (1 << (b & 31))) === 0 || (tops[b] & (1 << (key >>> 29))) === 0) continue;
      for (let e = heads[b]; e !== 0; e = table[3 * e - 1]) {
        if (table[3 * e - 3] !== key) continue;
        const id = table[3 * e - 2];
        if (this.listed[id] === q) continue;
        this.listed[id] = q;
        for (const i of this.itemsOf[id]) found.push(i);
      }
    }
    sortNumbers(found);
    return found.map((i) => this.items[i]);
  }

  private file(key: number, id: number): void {
    if (3 * this.entries + 3 > this.table.length) this.table = grownInt32(this.table, 3 * this.entries + 3);
    if (this.entries >= this.heads.length) this.rehash(this.heads.length * 4);
    const mask = this.heads.length - 1;
    const e = this.entries++;
    this.table[3 * e] = key;
    this.table[3 * e + 1] = id;
    const b = key & mask;
    this.table[3 * e + 2] = this.heads[b];
    this.heads[b] = e + 1;
    this.bits[b >>> 5] |= 1 << (b & 31);
    this.tops[b] |= 1 << (key >>> 29);
  }

  private rehash(size: number): void {
    this.heads = new Int32Array(size);
    this.bits = new Int32Array(size >>> 5);
    this.tops = new Uint8Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.entries; e++) {
      const key = this.table[3 * e];
      const b = key & mask;
      this.table[3 * e + 2] = this.heads[b];
      this.heads[b] = e + 1;
      this.bits[b >>> 5] |= 1 << (b & 31);
      this.tops[b] |= 1 << (key >>> 29);
    }
  }
}

/** Sorts numbers ascending in place: a few (the usual count of candidates) by insertion, without the copy Array#sort makes. */
function sortNumbers(a: number[]): void {
  if (a.length > 16) {
    a.sort((x, y) => x - y);
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    for (; j >= 0 && a[j] > x; j--) a[j + 1] = a[j];
    a[j + 1] = x;
  }
}

const B = 0x01000193;
const TAG_FOLDED = 0x3c6ef372;
const TAG_COLLAPSED = 0x78dde6e4;
const TAG_DELETED = 0x1b873593;

/** Scratch space, reused: the keys of the last name keysOf was given, and its prefix hashes. */
let scratch: Int32Array = new Int32Array(256);
let pre: Int32Array = new Int32Array(64);
let pow: Int32Array = new Int32Array(64);

/** The name whose keys `scratch` holds, and how many: a name is often looked up and then added (PersonIndex). */
let lastName: string | undefined;
let lastCount = 0;

/** Writes the keys (32-bit hashes) of a folded name to `scratch` and returns how many (a key may come twice); see VariantIndex. */
function keysOf(f: string): number {
  if (f === lastName) return lastCount;
  lastCount = writeKeys(f);
  lastName = f;
  return lastCount;
}

function writeKeys(f: string): number {
  const n = f.length;
  const count = 2 + (n >= 6 ? n : 0) + (n >= 9 ? ((n - 1) * (n - 2)) / 2 : 0);
  if (count > scratch.length) scratch = grownInt32(scratch, count);
  if (n + 1 > pre.length) {
    pre = grownInt32(pre, n + 1);
    pow = grownInt32(pow, n + 1);
  }
  let k = 0;
  scratch[k++] = finish(hashOf(f), n, TAG_FOLDED);
  if (n >= 5) {
    const collapsed = f.replace(/(.)\1+/g, '$1');
    scratch[k++] = finish(hashOf(collapsed), collapsed.length, TAG_COLLAPSED);
  }
  if (n < 6) return k;
  // Polynomial hashes: pre[i] hashes f[0, i); seg(a, b) hashes f[a, b); a string cut into pieces
  // hashes as the pieces' hashes shifted by the lengths after them, so each deletion costs O(1).
  pow[0] = 1;
  pre[0] = 0;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = Math.imul(pre[i], B) + f.charCodeAt(i);
    pow[i + 1] = Math.imul(pow[i], B);
  }
  scratch[k++] = finish(pre[n], n, TAG_DELETED);
  // The first letter is never deleted (see VariantIndex).
  for (let i = 1; i < n; i++) scratch[k++] = finish(Math.imul(seg(0, i), pow[n - 1 - i]) + seg(i + 1, n), n - 1, TAG_DELETED);
  if (n < 9) return k;
  for (let i = 1; i < n; i++) {
    const left = Math.imul(seg(0, i), pow[n - 2 - i]);
    for (let j = i + 1; j < n; j++) scratch[k++] = finish(left + Math.imul(seg(i + 1, j), pow[n - 1 - j]) + seg(j + 1, n), n - 2, TAG_DELETED);
  }
  return k;
}

/** The hash of f[a, b) from the prefix hashes of the last keysOf. */
function seg(a: number, b: number): number {
  return (pre[b] - Math.imul(pre[a], pow[b - a])) | 0;
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
