/**
 * The second (document-level) pass's keys: how the first pass tagged the other occurrences of each
 * capitalized word in the document. Counted once per document (`countTags`), then read sentence
 * by sentence (`sentenceKeys`). See features.ts.
 */
import * as featureHash from './featureHash';
import * as tags from './tags';
import type { DocKeys, DocScan, SentPrep } from './features';

// Local copies: a module-to-module binding can compile to a getter call (tsx, vitest), too slow in hot loops.
const tagKind = tags.tagKind;
const tagType = tags.tagType;
const hmix = featureHash.hmix;
const K = featureHash.K;

export class SecondPassKeys {
  /** Per word id (WordInfo.lid): the document that filled its counts row, and the counts. */
  private docNo = 0;
  private stamp = new Int32Array(1024);
  private counts = new Int32Array(1024 * 9);
  /** The keys `sentenceKeys` returns, reused, and the evidence they are made from. */
  private scratch: DocKeys = { keys: new Uint32Array(1024), off: new Int32Array(128) };
  private ev = new Int32Array(128);

  private grow(n: number): void {
    const size = Math.max(n, this.stamp.length * 2);
    const stamp = new Int32Array(size);
    stamp.set(this.stamp);
    const counts = new Int32Array(size * 9);
    counts.set(this.counts);
    this.stamp = stamp;
    this.counts = counts;
  }

  /**
   * Counts, per word, how the first pass tagged its capitalized occurrences in the document
   * ([O, PER, ORG, LOC, MISC, longPER, ..., longMISC]), for `sentenceKeys`.
   */
  countTags(doc: DocScan, firstPass: Uint8Array[]): void {
    const no = ++this.docNo;
    let { stamp, counts } = this;
    for (let s = 0; s < doc.sents.length; s++) {
      // Each token's word id and case class (SentPrep `ids`), not its info object: see there.
      const { ids } = doc.sents[s];
      const tags = firstPass[s];
      for (let i = 0; i < ids.length; i++) {
        if ((ids[i] & 7) < 2) continue;
        const lid = ids[i] >>> 3;
        if (lid >= stamp.length) {
          this.grow(lid + 1);
          ({ stamp, counts } = this);
        }
        const b = lid * 9;
        if (stamp[lid] !== no) {
          stamp[lid] = no;
          counts.fill(0, b, b + 9);
        }
        const t = tags[i];
        counts[b + tagSlot(t)]++;
        const l = longSlot(t);
        if (l >= 0) counts[b + l]++;
      }
    }
  }

  /**
   * Second-pass keys of one sentence of the last counted document: how the other occurrences of each word in
   * the document were tagged by the first pass (majority type, any type, part of a multi-token
   * entity). Token i has keys[off[i]..off[i+1]), in scratch arrays that the next call reuses.
   */
  sentenceKeys(sp: SentPrep, tags: Uint8Array): DocKeys {
    const n = sp.infos.length;
    if (this.ev.length < n) this.ev = new Int32Array(2 * n);
    const { ev, counts } = this;
    const ids = sp.ids;
    for (let i = 0; i < n; i++) ev[i] = (ids[i] & 7) < 2 ? 0 : evidence(counts, (ids[i] >>> 3) * 9, tags[i]);
    return evidenceKeys(ev, n, sp.caps ? 1 : 0, this.scratch);
  }
}

/**
 * The second-pass keys of a sentence of n tokens from each token's `evidence` (0: a token without
 * any), into `out` (grown when too small): token i has keys[off[i]..off[i+1]). `cb`: 1 on an
 * all-caps line.
 */
export function evidenceKeys(ev: Int32Array, n: number, cb: number, out: DocKeys): DocKeys {
  if (out.off.length < n + 1) out.off = new Int32Array(2 * n + 2);
  if (out.keys.length < n * 10) out.keys = new Uint32Array(n * 20);
  const { keys, off } = out;
  let k = 0;
  off[0] = 0;
  for (let i = 0; i < n; i++) {
    if (ev[i] !== 0) k = summaryKeys(ev[i], cb, keys, k);
    off[i + 1] = k;
  }
  return out;
}

/** The slots of a word's nine tag counts (`countTags`) a first-pass tag adds to: its type's (0 for O), and its long type's or -1. */
export function tagSlot(tag: number): number {
  return tag === 0 ? 0 : tagType(tag) + 1;
}

/** See tagSlot: the long-entity slot of a tag, -1 when it adds to none (O, or a single-token entity). */
export function longSlot(tag: number): number {
  return tag !== 0 && tagKind(tag) !== 3 ? 4 + tagType(tag) + 1 : -1;
}

/**
 * What the second pass reads of the other occurrences of a capitalized token's word: its nine
 * tag counts at counts[b..b+9), the token's own first-pass `tag` left out, reduced to the few
 * facts its keys say (bits 0-3: types 1-4 seen; bit 4: no other occurrence; bits 5-7: majority
 * type + 1; bit 8: that type is more than half; bits 9-12: long types 1-4 seen). Two tokens with
 * the same evidence (and line case) get the same keys (`summaryKeys`): an incremental tagging
 * compares these, not the keys.
 */
export function evidence(counts: Int32Array, b: number, tag: number): number {
  const ty = tagSlot(tag);
  const long = longSlot(tag) >= 0;
  let total = 0;
  let best = -1;
  let bestC = 0;
  let bits = 0;
  for (let t = 0; t < 5; t++) {
    const c = counts[b + t] - (t === ty ? 1 : 0);
    total += c;
    if (c > bestC) {
      bestC = c;
      best = t;
    }
    if (t > 0 && c > 0) bits |= 1 << (t - 1);
  }
  if (total === 0) bits |= 1 << 4;
  bits |= (best + 1) << 5;
  if (bestC * 2 > total) bits |= 1 << 8;
  for (let t = 1; t < 5; t++) if (counts[b + 4 + t] - (long && t === ty ? 1 : 0) > 0) bits |= 1 << (8 + t);
  return bits;
}

/** Writes the second-pass keys of a token's `evidence` to keys[k...] (cb: 1 on an all-caps line); returns the next free index. */
export function summaryKeys(e: number, cb: number, keys: Uint32Array, k: number): number {
  for (let t = 1; t < 5; t++) if ((e & (1 << (t - 1))) !== 0) keys[k++] = hmix(K.D2H, t * 2 + cb);
  const best = ((e >>> 5) & 7) - 1;
  if ((e & (1 << 4)) !== 0) keys[k++] = hmix(K.D2M, 10 + cb);
  else {
    keys[k++] = hmix(K.D2M, best * 2 + cb);
    if ((e & (1 << 8)) !== 0) keys[k++] = hmix(K.D2O, best * 2 + cb);
  }
  for (let t = 1; t < 5; t++) if ((e & (1 << (8 + t))) !== 0) keys[k++] = hmix(K.D2L, t * 2 + cb);
  return k;
}
