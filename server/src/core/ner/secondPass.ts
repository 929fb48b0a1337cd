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
  /** The keys `sentenceKeys` returns, reused. */
  private scratch: DocKeys = { keys: new Uint32Array(1024), off: new Int32Array(128) };

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
        const ty = t === 0 ? 0 : tagType(t) + 1;
        counts[b + ty]++;
        if (t !== 0 && tagKind(t) !== 3) counts[b + 4 + ty]++;
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
    const out = this.scratch;
    if (out.off.length < n + 1) out.off = new Int32Array(2 * n + 2);
    if (out.keys.length < n * 10) out.keys = new Uint32Array(n * 20);
    const { keys, off } = out;
    const counts = this.counts;
    const cb = sp.caps ? 1 : 0;
    const ids = sp.ids;
    let k = 0;
    off[0] = 0;
    for (let i = 0; i < n; i++) {
      if ((ids[i] & 7) >= 2) {
        const b = (ids[i] >>> 3) * 9;
        const tag = tags[i];
        const ty = tag === 0 ? 0 : tagType(tag) + 1;
        const long = tag !== 0 && tagKind(tag) !== 3;
        let total = 0;
        let best = -1;
        let bestC = 0;
        for (let t = 0; t < 5; t++) {
          const c = counts[b + t] - (t === ty ? 1 : 0);
          total += c;
          if (c > bestC) {
            bestC = c;
            best = t;
          }
          if (t > 0 && c > 0) keys[k++] = hmix(K.D2H, t * 2 + cb);
        }
        if (total === 0) keys[k++] = hmix(K.D2M, 10 + cb);
        else {
          keys[k++] = hmix(K.D2M, best * 2 + cb);
          if (bestC * 2 > total) keys[k++] = hmix(K.D2O, best * 2 + cb);
        }
        for (let t = 1; t < 5; t++) {
          const c = counts[b + 4 + t] - (long && t === ty ? 1 : 0);
          if (c > 0) keys[k++] = hmix(K.D2L, t * 2 + cb);
        }
      }
      off[i + 1] = k;
    }
    return out;
  }

}
