/**
 * Per-sentence tagging results kept between two taggings of the same document (issue 16): an
 * edit changes one sentence, and the tagger redoes only the work whose inputs changed.
 *
 * A sentence's tags are not a function of its text alone: the document-level features read the
 * sports flag, the document case flags of its capitalized tokens (`FeatureSet.dcFlags`) and, in
 * the second pass, how the other occurrences of its words were tagged (secondPass.ts). So
 * an entry holds, besides the words:
 *  - the first pass's inputs from the document (sports flag, case flags) and its tags;
 *  - the second pass's document keys and its tags (when only these keys changed, the sentence's
 *    emission scores are computed again: that is rarer than keeping them is costly).
 * Each part is reused only when every input it read is equal, so a cached tagging returns exactly
 * what an uncached one does. Entries that the latest tagging did not use are dropped.
 */
import type { NerModel } from './model';
import type { WordInfo } from './wordInfo';
import { hmix } from './featureHash';

/** What the tagger keeps of one sentence. */
export interface CachedSentence {
  /** The sentence's word infos (FeatureSet.info: one object per word and kind of line). */
  infos: WordInfo[];
  sport: boolean;
  /** Per token, its document case flags; -1 for tokens that have none (not capitalized). */
  dc: Int8Array;
  /** First-pass BILOU tags. */
  tags1: Uint8Array;
  /** The second pass's document keys (token i: keys2[off2[i]..off2[i+1])) and its tags, once run. */
  keys2?: Uint32Array;
  off2?: Int32Array;
  tags2?: Uint8Array;
}

/** A tagger's sentence cache (`createNerCache` in nerTagger.ts hands it out as an opaque NerCache). */
export class SentenceCache {
  /** The tagger (and its pass setting) the entries were computed by; another one clears them. */
  private model: NerModel | undefined;
  private twoPass = false;
  /** Entries of the previous tagging, and of the current one (moved over as they are used). */
  private prev = new Map<number, CachedSentence>();
  private cur = new Map<number, CachedSentence>();

  /** Starts a tagging by `model`. */
  begin(model: NerModel, twoPass: boolean): void {
    if (this.model !== model || this.twoPass !== twoPass) this.prev = new Map();
    this.model = model;
    this.twoPass = twoPass;
    this.cur = new Map();
  }

  /** Ends a tagging: only its entries are kept. */
  end(): void {
    this.prev = this.cur;
    this.cur = new Map();
  }

  /** Map key of a sentence: a hash of its words' ids (`find` compares the words themselves). */
  static key(infos: WordInfo[]): number {
    let h = infos.length;
    for (let i = 0; i < infos.length; i++) h = hmix(h, infos[i].lid * 2 + (infos[i].caps ? 1 : 0));
    return h;
  }

  /**
   * The entry of a sentence whose first-pass inputs are these: the words (as their infos), the
   * sports flag and the case flags `dc` (first n values); undefined when there is none.
   */
  find(key: number, infos: WordInfo[], sport: boolean, dc: Int8Array): CachedSentence | undefined {
    let entry = this.cur.get(key);
    if (entry === undefined) {
      entry = this.prev.get(key);
      if (entry === undefined) return undefined;
      this.prev.delete(key);
      this.cur.set(key, entry);
    }
    const n = infos.length;
    if (entry.sport !== sport || entry.infos.length !== n) return undefined;
    for (let i = 0; i < n; i++) if (entry.dc[i] !== dc[i] || entry.infos[i] !== infos[i]) return undefined;
    return entry;
  }

  /** Sentences kept (those of the latest tagging). */
  get size(): number {
    return this.prev.size;
  }

  /** Keeps (or replaces) the entry of a sentence. */
  keep(key: number, entry: CachedSentence): void {
    this.cur.set(key, entry);
  }
}
