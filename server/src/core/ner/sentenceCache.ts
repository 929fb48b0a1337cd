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

/**
 * What the tagger keeps of one sentence: its word infos, sports flag and, packed in one typed
 * array (five small typed arrays per sentence made the cache of a 5 MB document 51 MB):
 *  - data[i] for token i < n: its document case flags (low byte, signed; -1 for tokens that
 *    have none, not capitalized), first-pass BILOU tag (next byte) and second-pass tag (next);
 *  - once the second pass ran (`pass2`): its document keys, token i's at
 *    data[2n + 1 + data[n + i]] up to data[2n + 1 + data[n + i + 1]].
 * Read and written through the functions below.
 */
export interface CachedSentence {
  /** The sentence's word infos (FeatureSet.info: one object per word and kind of line). */
  infos: WordInfo[];
  sport: boolean;
  pass2: boolean;
  data: Int32Array;
}

/** An entry of a sentence's first pass: its case flags `dc` and tags (first n values). */
export function firstPassEntry(infos: WordInfo[], sport: boolean, dc: Int8Array, tags1: Uint8Array): CachedSentence {
  const n = infos.length;
  const data = new Int32Array(n);
  for (let i = 0; i < n; i++) data[i] = (dc[i] & 0xff) | (tags1[i] << 8);
  return { infos, sport, pass2: false, data };
}

/** Writes the entry's first-pass tags to `out`. */
export function firstPassTags(entry: CachedSentence, out: Uint8Array): void {
  const { data } = entry;
  for (let i = 0; i < entry.infos.length; i++) out[i] = (data[i] >>> 8) & 0xff;
}

/** Writes the entry's second-pass tags to `out` (once `pass2`). */
export function secondPassTags(entry: CachedSentence, out: Uint8Array): void {
  const { data } = entry;
  for (let i = 0; i < entry.infos.length; i++) out[i] = (data[i] >>> 16) & 0xff;
}

/** Has the entry's second pass run with these document keys (token i: keys[off[i]..off[i+1]))? */
export function samePass2Keys(entry: CachedSentence, keys: Uint32Array, off: Int32Array): boolean {
  if (!entry.pass2) return false;
  const { data } = entry;
  const n = entry.infos.length;
  for (let i = 0; i <= n; i++) if (data[n + i] !== off[i]) return false;
  const base = 2 * n + 1;
  for (let k = 0; k < off[n]; k++) if (data[base + k] !== (keys[k] | 0)) return false;
  return true;
}

/** Keeps the second pass of the entry's sentence: its document keys and tags. */
export function keepSecondPass(entry: CachedSentence, keys: Uint32Array, off: Int32Array, tags2: Uint8Array): void {
  const n = entry.infos.length;
  const data = new Int32Array(2 * n + 1 + off[n]);
  for (let i = 0; i < n; i++) data[i] = (entry.data[i] & 0xffff) | (tags2[i] << 16);
  for (let i = 0; i <= n; i++) data[n + i] = off[i];
  for (let k = 0; k < off[n]; k++) data[2 * n + 1 + k] = keys[k] | 0;
  entry.data = data;
  entry.pass2 = true;
}

/** A tagger's sentence cache (`createNerCache` in nerTagger.ts hands it out as an opaque NerCache). */
export class SentenceCache {
  /** The tagger (and its pass setting) the entries were computed by; another one clears them. */
  private model: NerModel | undefined;
  private twoPass = false;
  /** Entries of the previous tagging, and of the current one (moved over as they are used). */
  private prev = new Map<number, CachedSentence>();
  private cur = new Map<number, CachedSentence>();

  /**
   * `maxSentences`: entries kept at most; past it a tagging keeps nothing more, and the sentences
   * that did not fit are tagged again by the next one (a very long document: analysisCache.ts,
   * SENTENCE_BUDGET).
   */
  constructor(private readonly maxSentences = Infinity) {}

  /** Starts a tagging by `model`. */
  begin(model: NerModel, twoPass: boolean): void {
    if (this.model !== model) model.tracks(this);
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

  /** Map key of a sentence: a hash of its words' ids (`find` compares the words themselves); ner/features.ts keeps it per sentence (SentPrep `hash`). */
  static key(infos: WordInfo[]): number {
    return sentenceKey(infos);
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
      if (this.cur.size < this.maxSentences) this.cur.set(key, entry);
    }
    const n = infos.length;
    if (entry.sport !== sport || entry.infos.length !== n) return undefined;
    const data = entry.data;
    for (let i = 0; i < n; i++) if ((data[i] << 24) >> 24 !== dc[i]) return undefined;
    // An unchanged paragraph's sentence hands the very list of infos the entry was made with.
    if (entry.infos !== infos) for (let i = 0; i < n; i++) if (entry.infos[i] !== infos[i]) return undefined;
    return entry;
  }

  /** Lets every entry go (NerModel.clearCaches: they could never match again). */
  clear(): void {
    this.prev = new Map();
    this.cur = new Map();
  }

  /** Sentences kept (those of the latest tagging). */
  get size(): number {
    return this.prev.size;
  }

  /** Keeps (or replaces) the entry of a sentence. */
  keep(key: number, entry: CachedSentence): void {
    if (this.cur.size >= this.maxSentences && !this.cur.has(key)) return;
    this.cur.set(key, entry);
  }
}

/** See SentenceCache.key. */
export function sentenceKey(infos: WordInfo[]): number {
  let h = infos.length;
  for (let i = 0; i < infos.length; i++) h = hmix(h, infos[i].lid * 2 + (infos[i].caps ? 1 : 0));
  return h;
}
