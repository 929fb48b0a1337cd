import type { EntityType } from '../core/article';
import { foldName, isSpellingVariant, skeleton } from '../core/entities/spelling';
import { VariantIndex } from '../core/entities/variantIndex';

/**
 * Variant groups of the spellings of one entity type, built incrementally: two spellings are in
 * one group when they are spelling variants (`isSpellingVariant`: Zelenskiy / Zelensky) or share
 * a consonant skeleton, transitively. Only spellings with the same first letter and word count
 * are compared, and a spelling is compared once, when first seen, so keeping the groups up to
 * date while the user types costs nothing.
 */
export class SpellingGroups {
  private readonly parent = new Map<string, string>();
  /** Every spelling seen, found by its spelling variants (a scan of its bucket per new spelling was quadratic: issue 16). */
  private readonly seen = new VariantIndex<{ spelling: string; folded: string; histogram: Uint8Array; bucket: string }>();
  private readonly bySkeleton = new Map<string, string>();

  private find(s: string): string {
    let root = s;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    let cur = s;
    while (cur !== root) {
      const next = this.parent.get(cur) as string;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }

  /** The group root of a spelling, adding it first when new. */
  root(spelling: string): string {
    if (!this.parent.has(spelling)) {
      this.parent.set(spelling, spelling);
      const folded = foldName(spelling);
      const words = folded.split(' ').length;
      const sk = `${words}:${skeleton(spelling)}`;
      const same = this.bySkeleton.get(sk);
      if (same !== undefined) this.union(spelling, same);
      else this.bySkeleton.set(sk, spelling);
      const b = `${folded[0] ?? ''}:${words}`;
      const h = letterHistogram(folded);
      // The spellings of the same bucket (first letter, word count) that may be variants, in the
      // order seen: the index lists every variant (variantIndex.ts), each tested as before.
      for (const other of this.seen.foldedCandidates(folded)) {
        if (other.bucket !== b) continue;
        // Cheap bound first: spellings a couple of edits apart have nearly the same letters.
        if (Math.abs(other.folded.length - folded.length) > 3 || histogramDistance(h, other.histogram) > 6) continue;
        if (this.find(other.spelling) !== this.find(spelling) && isSpellingVariant(other.spelling, spelling)) this.union(other.spelling, spelling);
      }
      this.seen.addFolded(folded, { spelling, folded, histogram: h, bucket: b });
    }
    return this.find(spelling);
  }
}

function letterHistogram(folded: string): Uint8Array {
  const h = new Uint8Array(27);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i) - 97;
    h[c >= 0 && c < 26 ? c : 26]++;
  }
  return h;
}

function histogramDistance(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return d;
}

/**
 * Each spelling's group key: `type:` + the folded spelling used in most files (ties:
 * alphabetical), so the key names the majority spelling.
 */
export function groupSpellings(type: EntityType, fileCounts: Map<string, number>, groups = new SpellingGroups()): Map<string, string> {
  for (const sp of fileCounts.keys()) groups.root(sp);
  const best = new Map<string, string>();
  for (const [sp, n] of fileCounts) {
    const root = groups.root(sp);
    const cur = best.get(root);
    const m = cur === undefined ? -1 : (fileCounts.get(cur) ?? 0);
    if (cur === undefined || n > m || (n === m && sp < cur)) best.set(root, sp);
  }
  return new Map([...fileCounts.keys()].map((sp) => [sp, `${type}:${foldName(best.get(groups.root(sp)) ?? sp)}`]));
}
