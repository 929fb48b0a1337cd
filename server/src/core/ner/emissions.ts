/**
 * Emission scores of the NER model (model.ts): for each token of a sentence, the summed weights
 * of its features, both passes at once. One row table serves both passes, so a feature is looked
 * up once per token; scores are summed as integers (the model scales them once per tag when it
 * decodes). A word type's lexical scores are summed once and kept (`vectors`), and so are the
 * leading context keys' sums per combination (`comboCache`).
 */
import { COMBO_KEYS as FEATURES_COMBO_KEYS, type FeatureSet, type SentPrep } from './features';
import type { WordInfo } from './wordInfo';
import { lexicalKeysInto } from './lexicalFeatures';
import { NT as TAGS_NT } from './tags';
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

export class Emissions {
  /** Passes scored (1 or 2): each row holds npass x NT weights. */
  readonly npass: number;
  /** Open-addressing table of (feature key, row) pairs; row -1 marks an empty slot. */
  private readonly table: Int32Array;
  private readonly tMask: number;
  /** rows x npass x NT quantized weights. */
  private readonly W: Int8Array;
  private readonly fs: FeatureSet;
  /** Emission scores of one sentence, both passes: scratch[i * npass * NT + p * NT + t] (`inScratch`). */
  scratch = new Int32Array(256 * 2 * NT);
  /** A token's packed scores while they are summed (see `lexVec`). */
  private readonly acc = new Int32Array(NT);
  /** Words' lexical score vectors (`lexVec`), made again when the arena has started over. */
  readonly vectors = new WordVectors<WordInfo>(5 * NT, (inf, out, at) => this.lexVec(inf, out, at));
  /** Scratch for one word's lexical keys (lexicalKeysInto). */
  private readonly lexKeys = new Uint32Array(32);
  /** Summed scores of the COMBO_KEYS leading keys per `DocPrep.combo` id. */
  private comboCache = new Map<number, Int32Array>();

  /** `table` as `lookupTable` builds it (the model file holds it), `W` its rows' weights. */
  constructor(table: Int32Array, W: Int8Array, npass: number, fs: FeatureSet) {
    if (npass > 2) throw new Error('NER model: at most two passes (their scores are packed in pairs)');
    this.npass = npass;
    this.table = table;
    this.tMask = table.length / 2 - 1;
    this.W = W;
    this.fs = fs;
  }

  /** Empties the word vectors and the context sums: they fill again as words are met, with the same values. */
  clear(): void {
    this.comboCache = new Map();
    this.vectors.clear();
  }

  /** Emission scores of one sentence (all passes) in `scratch`, grown to hold them; returns it. `dc`: see FeatureSet.sentenceKeys. */
  inScratch(sp: SentPrep, sport: boolean, dc?: Int8Array): Int32Array {
    const need = sp.infos.length * this.npass * NT;
    if (this.scratch.length < need) this.scratch = new Int32Array(need * 2);
    this.emitSentence(sp, sport, dc);
    return this.scratch;
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

  /** Writes the emission scores of one sentence's lexical and context features (both passes) to scratch[i * w + ...] for its tokens i. */
  private emitSentence(sp: SentPrep, sport: boolean, dc: Int8Array | undefined): void {
    const w = this.npass * NT;
    const W = this.W;
    const tab = this.table;
    const tMask = this.tMask;
    const e = this.scratch;
    const n = sp.infos.length;
    const infos = sp.infos;
    const padInfo = this.fs.pad;
    const vectors = this.vectors;
    const { keys, off, combo } = this.fs.sentenceKeys(sp, sport, dc);
    const acc = this.acc;
    // Per token: the cached lexical vectors of its 5-word window (the padding vector outside the
    // sentence) and the cached sum of its leading context keys, added in one sweep; then its other
    // context keys, packed too (unless the token has very many, see PACK), and both passes' scores
    // unpacked into e. One table lookup serves both passes.
    for (let i = 0; i < n; i++) {
      const eo = i * w;
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

  /** Adds the second-pass scores of `keys` (token i: keys[off[i]..off[i+1])) to e2[i * NT + ...]. */
  addPass2(keys: Uint32Array, off: Int32Array, n: number, e2: Int32Array): void {
    const w = this.npass * NT;
    const W = this.W;
    for (let i = 0; i < n; i++) {
      const eo = i * NT;
      for (let k = off[i], ke = off[i + 1]; k < ke; k++) {
        const r = this.row(keys[k]);
        if (r < 0) continue;
        const wo = r * w + NT;
        for (let t = 0; t < NT; t++) e2[eo + t] += W[wo + t];
      }
    }
  }
}
