import * as featureHash from './featureHash';
import type { Gazetteer } from './gazetteer';
import type { WordInfo } from './wordInfo';
import { grownInt32 } from '../typedArrays';

// Local copies: a module-to-module binding can compile to a getter call (tsx, vitest), too slow in hot loops.
const hmix = featureHash.hmix;
const K = featureHash.K;

/**
 * The gazetteer context keys of one sentence's tokens (features.ts `sentenceKeys`): one key per
 * token, list, place in the phrase (first, inside, last, alone) and capitalisation, for every
 * phrase of a gazetteer list the sentence contains. Built into scratch arrays that the next
 * sentence reuses; a sentence has few hits, so they are found first and then grouped by token.
 */
export class GazetteerKeys {
  /** The hits found, in the order found: token and key. */
  private hitTok = new Int32Array(256);
  private hitKey = new Int32Array(256);
  /** After `build`: token i's keys are keys[i > 0 ? end[i - 1] : 0 .. end[i]). */
  end = new Int32Array(256);
  keys = new Uint32Array(256);

  /** Finds the keys of a sentence's tokens (`caps`: a line in capitals); returns how many. */
  build(gaz: Gazetteer, infos: readonly WordInfo[], caps: boolean): number {
    const n = infos.length;
    let nhits = 0;
    for (let i = 0; i < n; i++) {
      const max = infos[i].gzLen;
      if (max === 0) continue;
      let node = max > 1 ? gaz.root(infos[i].lower) : -1;
      for (let len = 1; len <= max && i + len <= n; len++) {
        let mask: number;
        if (len === 1) mask = infos[i].gzMask;
        else {
          node = node < 0 ? -1 : gaz.step(node, infos[i + len - 1].lower);
          if (node < 0) break;
          mask = gaz.nodeLists(node);
        }
        const e = i + len;
        for (let l = 0; mask !== 0; l++, mask >>>= 1) {
          if ((mask & 1) === 0) continue;
          for (let j = i; j < e; j++) {
            const pos = len === 1 ? 3 : j === i ? 0 : j === e - 1 ? 2 : 1;
            const capBit = caps ? 2 : infos[j].caseClass >= 2 ? 1 : 0;
            if (nhits >= this.hitTok.length) {
              this.hitTok = grownInt32(this.hitTok, nhits + 1);
              this.hitKey = grownInt32(this.hitKey, nhits + 1);
            }
            this.hitTok[nhits] = j;
            this.hitKey[nhits] = hmix(K.GZ, (l * 4 + pos) * 3 + capBit);
            nhits++;
          }
        }
      }
    }
    // Grouped by token (counting sort, stable).
    if (this.end.length < n + 1) this.end = new Int32Array(2 * n + 2);
    if (this.keys.length < nhits) this.keys = new Uint32Array(2 * nhits);
    const { end, keys, hitTok, hitKey } = this;
    end.fill(0, 0, n + 1);
    for (let h = 0; h < nhits; h++) end[hitTok[h] + 1]++;
    for (let i = 0; i < n; i++) end[i + 1] += end[i];
    for (let h = 0; h < nhits; h++) keys[end[hitTok[h]]++] = hitKey[h];
    // end[i] was the start of token i's keys; it is now their end.
    return nhits;
  }
}
