/**
 * The NER model at run time: quantized weights used in place and fast tagging (emission sums,
 * then Viterbi). The file format is in modelFile.ts. One row table serves both passes, so a
 * feature is looked up once per token; scores are summed as integers and scaled once per tag.
 */
import { COMBO_KEYS as FEATURES_COMBO_KEYS, FeatureSet, type DocPrep, type SentPrep, type WordSet } from './features';
import { firstPassEntry, firstPassTags, keepSecondPass, samePass2Keys, secondPassTags, SentenceCache, type CachedSentence } from './sentenceCache';
import type { WordInfo } from './wordInfo';
import { lexicalKeysInto } from './lexicalFeatures';
import { decodeSentence, PRED, transitionTables } from './viterbi';
import { Gazetteer } from './gazetteer';
import type { WordClusters } from './clusters';
import { NT as TAGS_NT, TYPES, tagKind, tagType } from './tags';
import { decodeModelFile } from './modelFile';
import { WordVectors } from '../wordVectors';

/** Local copy: a module binding can compile to a getter call (tsx, vitest), too slow in hot loops. */
const NT = TAGS_NT;
const COMBO_KEYS = FEATURES_COMBO_KEYS;

/**
 * Both passes' scores of a tag in one integer: pass 0 + pass 1 x PACK. A packed sum of at most
 * 255 int8 weights stays within 16 bits per pass, so each pass's sum is recovered exactly: pass 0
 * as the low 16 bits, sign-extended, pass 1 from the rest. A token's packed sum holds its 5
 * window words' lexical keys (at most 32 each: lexicalFeatures.ts), the COMBO_KEYS leading
 * context keys and, when there are at most MAX_PACKED_CONTEXT more, the other context keys.
 */
const PACK = 65536;
const MAX_PACKED_CONTEXT = 255 - 5 * 32 - COMBO_KEYS;
/** The leading context keys' sum of a token whose keys have no cached sum (they are summed with the others). */
const NO_COMBO = new Int32Array(NT);
/** The largest second-pass score array a tagger keeps between documents (entries: 4 MB). */
const MAX_KEPT_PASS2 = 1 << 20;

/** IOB2 tag string of each BILOU tag index (valid BILOU sequences only: U and B open, I and L continue). */
const IOB2: string[] = Array.from({ length: NT }, (_, t) =>
  t === 0 ? 'O' : (tagKind(t) === 0 || tagKind(t) === 3 ? 'B-' : 'I-') + TYPES[tagType(t)],
);

export class NerModel {
  readonly fs: FeatureSet;
  readonly meta: Record<string, string | number>;
  readonly npass: number;
  /** Use the second (document-level) pass when the model has one. */
  twoPass: boolean;
  /** Open-addressing table of (feature key, row) pairs; row -1 marks an empty slot. */
  private readonly table: Int32Array;
  private readonly tMask: number;
  /** rows x npass x NT quantized weights. */
  private readonly W: Int8Array;
  private readonly scales: number[];
  /** Emission scores of one sentence, both passes: e[i * npass * NT + p * NT + t] (`emitSentence`). */
  private e = new Int32Array(256 * 2 * NT);
  /**
   * Second-pass scores of the document being tagged, between its two passes (token g:
   * p2[g * NT + t]): 16 bits each while they fit (`keepPass2Scores` widens the array when one
   * does not), half the memory of a long document's tagging.
   */
  private p2: Int16Array | Int32Array = new Int16Array(0);
  /** The array `p2` is for documents of up to MAX_KEPT_PASS2 / NT tokens, kept between them. */
  private p2Kept = new Int16Array(0);
  /** One sentence's second-pass scores while its document keys are added (`decodePass2`). */
  private s2 = new Int32Array(256 * NT);
  /** A token's packed scores while they are summed (see `lexVec`). */
  private readonly acc = new Int32Array(NT);
  /** A sentence's document case flags, for the sentence cache. */
  private dc = new Int8Array(256);
  /** Per pass: transition scores of the allowed pairs in PRED order, and from the sentence start. */
  private readonly transPred: Float64Array[];
  private readonly transStart: Float64Array[];
  /** Words' lexical score vectors (`lexVec`), made again when the arena has started over. */
  readonly vectors = new WordVectors<WordInfo>(5 * NT, (inf, out, at) => this.lexVec(inf, out, at));
  /** Scratch for one word's lexical keys (lexicalKeysInto). */
  private readonly lexKeys = new Uint32Array(32);
  /** Summed scores of the COMBO_KEYS leading keys per `DocPrep.combo` id. */
  private comboCache = new Map<number, Int32Array>();

  /** `table` as `lookupTable` builds it (the model file holds it). */
  constructor(
    table: Int32Array,
    W: Int8Array,
    scales: number[],
    trans: Float64Array[],
    fs: FeatureSet,
    meta: Record<string, string | number> = {},
  ) {
    this.fs = fs;
    this.meta = meta;
    this.npass = scales.length;
    if (this.npass > 2) throw new Error('NER model: at most two passes (their scores are packed in pairs)');
    this.twoPass = this.npass > 1;
    this.W = W;
    this.scales = scales;
    this.transPred = trans.map(() => new Float64Array(PRED.length));
    this.transStart = trans.map(() => new Float64Array(NT));
    trans.forEach((tr, p) => transitionTables(tr, this.transPred[p], this.transStart[p]));
    this.table = table;
    this.tMask = table.length / 2 - 1;
  }

  /** The tagger of a model file's bytes (see modelFile.ts), used in place. */
  static fromBuffer(buf: Buffer, gaz: Gazetteer, clusters?: WordClusters): NerModel {
    const f = decodeModelFile(buf);
    // The vocabulary is searched in place: a Set of its 10,000 words would cost the first analysis about 5 ms.
    const lcSet: WordSet = { has: (word) => f.vocab.find(word) >= 0 };
    // A model trained with word clusters needs them to score as trained (its header says so).
    if (f.meta['clusters'] && clusters === undefined) throw new Error('this NER model needs its word clusters (ner-clusters.txt)');
    return new NerModel(f.table, f.W, f.scales, f.trans, new FeatureSet(gaz, lcSet, f.meta['clusters'] ? clusters : undefined), f.meta);
  }

  /**
   * Empties the word caches (the feature set's word infos, their score vectors, the context sums):
   * they fill again as words are met, with the same values. Combo ids stay valid: they are made of
   * shape ids, which the feature set keeps.
   */
  clearCaches(): void {
    this.fs.clearCache();
    this.comboCache = new Map();
    this.vectors.clear();
    // A sentence cache matches a sentence by the identity of its word infos, all made anew from
    // now on: its entries would never match again, and they held most of the old infos (an open
    // 5 MB document's, about 8,000 sentences' worth).
    this.sentenceCaches = this.sentenceCaches.filter((ref) => {
      const cache = ref.deref();
      cache?.clear();
      return cache !== undefined;
    });
  }

  /** The sentence caches that have tagged with this model (see clearCaches), each once. */
  private sentenceCaches: WeakRef<SentenceCache>[] = [];

  /** Called by a sentence cache the first time it tags with this model. */
  tracks(cache: SentenceCache): void {
    if (this.sentenceCaches.length >= 64) this.sentenceCaches = this.sentenceCaches.filter((ref) => ref.deref() !== undefined);
    this.sentenceCaches.push(new WeakRef(cache));
  }

  /** Row of a feature key, -1 when the model has none. */
  private row(key: number): number {
    const { table, tMask } = this;
    const k = key | 0;
    let s = k & tMask;
    for (;;) {
      const r = table[s * 2 + 1];
      if (r < 0 || table[s * 2] === k) return r;
      s = (s + 1) & tMask;
    }
  }

  /** Sums and caches the scores of the COMBO_KEYS keys from `keys[k0]` under `cid`, packed (see `lexVec`). */
  private comboVec(cid: number, keys: Uint32Array, k0: number): Int32Array {
    const v = new Int32Array(NT);
    for (let k = k0; k < k0 + COMBO_KEYS; k++) {
      const r = this.row(keys[k]);
      if (r >= 0) this.addPacked(v, 0, r);
    }
    if (this.comboCache.size > 100000) this.comboCache = new Map();
    this.comboCache.set(cid, v);
    return v;
  }

  /** Adds row r's scores to v[b..b+NT), both passes packed in each number (see `lexVec`). */
  private addPacked(v: Int32Array, b: number, r: number): void {
    const W = this.W;
    const wo = r * this.npass * NT;
    if (this.npass === 1) for (let t = 0; t < NT; t++) v[b + t] += W[wo + t];
    else for (let t = 0; t < NT; t++) v[b + t] += W[wo + t] + W[wo + NT + t] * PACK;
  }

  /**
   * Writes the summed lexical scores of a word type per offset (5 x NT) to out[at...] (zeroed), for
   * `vectors`. Both passes' score of a tag are packed in one number, pass 0 + pass 1 x 2^16 (see
   * PACK), which halves the additions of the window sums.
   */
  private lexVec(inf: WordInfo, out: Int32Array, at: number): void {
    const keys = this.lexKeys;
    for (let o = -2; o <= 2; o++) {
      const nk = lexicalKeysInto(inf, o, keys);
      for (let k = 0; k < nk; k++) {
        const r = this.row(keys[k]);
        if (r >= 0) this.addPacked(out, at + (o + 2) * NT, r);
      }
    }
  }

  /**
   * Adds the emission scores of one sentence's lexical and context features (both passes) to
   * e[base + i * w + ...] for its tokens i.
   */
  private emitSentence(sp: SentPrep, sport: boolean, base: number): void {
    const w = this.npass * NT;
    const W = this.W;
    const tab = this.table;
    const tMask = this.tMask;
    const e = this.e;
    const n = sp.infos.length;
    const infos = sp.infos;
    const padInfo = this.fs.pad;
    const vectors = this.vectors;
    const { keys, off, combo } = this.fs.sentenceKeys(sp, sport);
    const acc = this.acc;
    // Per token: the cached lexical vectors of its 5-word window (the padding vector outside the
    // sentence) and the cached sum of its leading context keys, added in one sweep; then its other
    // context keys, packed too (unless the token has very many, see PACK), and both passes' scores
    // unpacked into e. One table lookup serves both passes.
    for (let i = 0; i < n; i++) {
      const eo = base + i * w;
      let k = off[i];
      const ke = off[i + 1];
      // The window's vectors; again if making one started a new generation of the arena.
      let m2 = 0;
      let m1 = 0;
      let c0 = 0;
      let p1 = 0;
      let p2 = 0;
      for (let gen = 0; gen !== vectors.gen; ) {
        gen = vectors.gen;
        const w2 = i >= 2 ? infos[i - 2] : padInfo;
        const w1 = i >= 1 ? infos[i - 1] : padInfo;
        const w0 = infos[i];
        const n1 = i + 1 < n ? infos[i + 1] : padInfo;
        const n2 = i + 2 < n ? infos[i + 2] : padInfo;
        m2 = w2.vecGen === gen ? w2.vecAt : vectors.at(w2);
        m1 = w1.vecGen === gen ? w1.vecAt : vectors.at(w1);
        c0 = w0.vecGen === gen ? w0.vecAt : vectors.at(w0);
        p1 = n1.vecGen === gen ? n1.vecAt : vectors.at(n1);
        p2 = n2.vecGen === gen ? n2.vecAt : vectors.at(n2);
      }
      const vecs = vectors.data;
      m1 += NT;
      c0 += 2 * NT;
      p1 += 3 * NT;
      p2 += 4 * NT;
      let cv: Int32Array = NO_COMBO;
      if (combo[i] >= 0) {
        cv = this.comboCache.get(combo[i]) ?? this.comboVec(combo[i], keys, k);
        k += COMBO_KEYS;
      }
      for (let t = 0; t < NT; t++) acc[t] = vecs[m2 + t] + vecs[m1 + t] + vecs[c0 + t] + vecs[p1 + t] + vecs[p2 + t] + cv[t];
      const packed = ke - k <= MAX_PACKED_CONTEXT;
      if (packed) {
        for (; k < ke; k++) {
          const key = keys[k] | 0;
          let slot = (key & tMask) << 1;
          let r = -1;
          for (;;) {
            const rr = tab[slot + 1];
            if (rr < 0) break;
            if (tab[slot] === key) {
              r = rr;
              break;
            }
            slot = (slot + 2) & (tMask * 2 + 1);
          }
          if (r >= 0) this.addPacked(acc, 0, r);
        }
      }
      if (w === NT) for (let t = 0; t < NT; t++) e[eo + t] = acc[t];
      else {
        for (let t = 0; t < NT; t++) {
          const x = acc[t];
          const p0 = (x << 16) >> 16;
          e[eo + t] = p0;
          e[eo + NT + t] = (x - p0) >> 16;
        }
      }
      for (; k < ke; k++) {
        const r = this.row(keys[k]);
        if (r < 0) continue;
        const wo = r * w;
        for (let t = 0; t < w; t++) e[eo + t] += W[wo + t];
      }
    }
  }

  /** Adds the second-pass scores of `keys` (token i: keys[off[i]..off[i+1])) to e2[base + i * NT + ...]. */
  private emitPass2(keys: Uint32Array, off: Int32Array, n: number, e2: Int32Array, base: number): void {
    const w = this.npass * NT;
    const W = this.W;
    for (let i = 0; i < n; i++) {
      const eo = base + i * NT;
      for (let k = off[i], ke = off[i + 1]; k < ke; k++) {
        const r = this.row(keys[k]);
        if (r < 0) continue;
        const wo = r * w + NT;
        for (let t = 0; t < NT; t++) e2[eo + t] += W[wo + t];
      }
    }
  }

  /** Copies the second pass's scores of the sentence in the scratch (`emitSentence`, n tokens) to p2[base...] (NT per token). */
  private keepPass2Scores(n: number, base: number): void {
    const e = this.e;
    const w = this.npass * NT;
    let p2 = this.p2;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < NT; t++) {
        const v = e[i * w + NT + t];
        if (v !== (v << 16) >> 16 && p2 instanceof Int16Array) {
          const wide = new Int32Array(p2.length);
          wide.set(p2);
          this.p2 = p2 = wide;
        }
        p2[base + i * NT + t] = v;
      }
    }
  }

  /** Decodes the second pass of a sentence of n tokens whose scores are at p2[base...], its document keys added. */
  private decodePass2(keys: Uint32Array, off: Int32Array, n: number, base: number, out: Uint8Array): void {
    const len = n * NT;
    if (this.s2.length < len) this.s2 = new Int32Array(len * 2);
    const { s2, p2 } = this;
    for (let j = 0; j < len; j++) s2[j] = p2[base + j];
    this.emitPass2(keys, off, n, s2, 0);
    if (n > 0) decodeSentence(s2, 0, NT, this.scales[1], this.transPred[1], this.transStart[1], n, out);
  }

  /** Emission scores of one sentence of n tokens (`emitSentence`, all passes), in the scratch grown to hold them. */
  private emitInScratch(sp: SentPrep, sport: boolean): void {
    const need = sp.infos.length * this.npass * NT;
    if (this.e.length < need) this.e = new Int32Array(need * 2);
    this.emitSentence(sp, sport, 0);
  }

  /**
   * Sets `p2` for a document of nTok tokens (each sentence's scores are written by
   * `keepPass2Scores` before they are read): the kept array when it is large
   * enough (documents of up to about 60,000 tokens), else one for this tagging alone, so a very
   * long document does not leave them behind (issue 16: 5 MB of prose kept 272 MB of scores).
   */
  private pass2Scores(nTok: number): void {
    const need = nTok * NT;
    if (need > MAX_KEPT_PASS2) this.p2 = new Int16Array(need);
    else {
      if (this.p2Kept.length < need) this.p2Kept = new Int16Array(Math.min(MAX_KEPT_PASS2, need * 2));
      this.p2 = this.p2Kept;
    }
  }

  /**
   * BILOU tag indexes per token for a document given as tokenized sentences. With a cache, the
   * work of a sentence whose inputs are unchanged since the cache's last document is reused
   * (sentenceCache.ts); the tags are the same as without.
   */
  tagBilou(sentences: string[][], cache?: SentenceCache): Uint8Array[] {
    const fs = this.fs;
    // With a cache (an editor's document), a sentence's word list that comes again keeps its infos.
    const doc = fs.scanDoc(sentences, cache !== undefined);
    const two = this.twoPass && this.npass > 1;
    const nTok = doc.n;
    // Each sentence's emission scores (both passes) are computed in a sentence scratch; its first
    // pass is decoded there and its second pass's scores kept in p2 until the document's first
    // pass is done.
    if (two) this.pass2Scores(nTok);
    const nS = doc.sents.length;
    const tags1 = new Uint8Array(nTok);
    const first: Uint8Array[] = new Array<Uint8Array>(nS);
    // With a cache: each sentence's entry, and whether its first pass ran (its scores are in p2).
    const entries: (CachedSentence | undefined)[] = cache ? new Array<CachedSentence | undefined>(nS) : [];
    const ran = new Uint8Array(cache ? nS : 0);
    cache?.begin(this, two);
    for (let s = 0; s < nS; s++) {
      const sp = doc.sents[s];
      const n = sp.infos.length;
      const g0 = sp.first;
      const tags = (first[s] = tags1.subarray(g0, g0 + n));
      const entry = cache && this.cachedPass1(cache, sp, doc.sport);
      if (entry !== undefined) {
        firstPassTags(entry, tags);
        entries[s] = entry;
        continue;
      }
      this.emitInScratch(sp, doc.sport);
      if (n > 0) decodeSentence(this.e, 0, this.npass * NT, this.scales[0], this.transPred[0], this.transStart[0], n, tags);
      if (two) this.keepPass2Scores(n, g0 * NT);
      if (cache !== undefined) {
        entries[s] = this.keepPass1(cache, sp, doc.sport, tags);
        ran[s] = 1;
      }
    }
    if (!two) {
      cache?.end();
      return first;
    }
    fs.pass2.countTags(doc, first);
    const tags2 = new Uint8Array(nTok);
    const out: Uint8Array[] = new Array<Uint8Array>(nS);
    for (let s = 0; s < nS; s++) {
      const sp = doc.sents[s];
      const n = sp.infos.length;
      const g0 = sp.first;
      const tags = (out[s] = tags2.subarray(g0, g0 + n));
      const { keys, off } = fs.pass2.sentenceKeys(sp, first[s]);
      const entry = entries[s];
      if (entry === undefined) {
        this.decodePass2(keys, off, n, g0 * NT, tags);
        continue;
      }
      if (!samePass2Keys(entry, keys, off)) {
        // When the first pass was reused, its emission scores are computed now.
        if (ran[s] === 0) {
          this.emitInScratch(sp, doc.sport);
          this.keepPass2Scores(n, g0 * NT);
        }
        this.decodePass2(keys, off, n, g0 * NT, tags);
        keepSecondPass(entry, keys, off, tags);
      } else secondPassTags(entry, tags);
    }
    cache?.end();
    // A long document's scores go now (the kept array stays).
    this.p2 = this.p2Kept;
    return out;
  }

  /** The cache's first pass of one sentence, when its inputs are unchanged (its case flags are left in `this.dc`). */
  private cachedPass1(cache: SentenceCache, sp: SentPrep, sport: boolean): CachedSentence | undefined {
    const n = sp.infos.length;
    if (this.dc.length < n) this.dc = new Int8Array(2 * n);
    const dc = this.dc;
    for (let i = 0; i < n; i++) dc[i] = sp.infos[i].caseClass >= 2 ? this.fs.dcFlags(sp, i) : -1;
    return cache.find(SentenceCache.key(sp.infos), sp.infos, sport, dc);
  }

  /** Keeps the first pass of a sentence that `cachedPass1` did not have (with its case flags from there). */
  private keepPass1(cache: SentenceCache, sp: SentPrep, sport: boolean, tags: Uint8Array): CachedSentence {
    const entry = firstPassEntry(sp.infos, sport, this.dc, tags);
    cache.keep(SentenceCache.key(sp.infos), entry);
    return entry;
  }

  /** IOB2 tags (`B-PER`, `I-ORG`, `O`) per token. */
  tagDocument(sentences: string[][], cache?: SentenceCache): string[][] {
    return this.tagBilou(sentences, cache).map((tags) => {
      const out = new Array<string>(tags.length);
      for (let i = 0; i < tags.length; i++) out[i] = IOB2[tags[i]];
      return out;
    });
  }
}

export type { DocPrep };
