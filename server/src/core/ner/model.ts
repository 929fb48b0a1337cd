/**
 * The NER model at run time: the binary file format, quantized weights and fast tagging.
 *
 * ner.bin layout (little endian):
 *   8 bytes magic `NMNER\0\0\x02`, u32 header length, header JSON (utf8), padding to 4,
 *   u32 keys[nrows] (feature hash per row),
 *   int8 weights[nrows * passes * NT] (row r holds pass 0's NT scores, then pass 1's), padding to 4,
 *   per pass f32 trans[(NT+1) * NT],
 *   then the lower-case vocabulary (utf8, '\n'-separated), its length in the header.
 * One row table serves both passes, so a feature is looked up once per token. The weights are
 * used in place (no copy, no dequantizing): scores are summed as integers and scaled once per tag.
 */
import { COMBO_KEYS as FEATURES_COMBO_KEYS, FeatureSet, PRED as F_PRED, PRED_OFF as F_PRED_OFF, type DocPrep, type WordInfo, type WordSet } from './features';
import { ALLOWED as T_ALLOWED, ALLOWED_END as T_ALLOWED_END } from './tags';
import { Gazetteer } from './gazetteer';
import { NT as TAGS_NT, TYPES, tagKind, tagType } from './tags';
import { byteOrder, SortedLines } from '../sortedLines';

/** Local copy: a module binding can compile to a getter call (tsx, vitest), too slow in hot loops. */
const NT = TAGS_NT;
const COMBO_KEYS = FEATURES_COMBO_KEYS;
const PRED = F_PRED;
const PRED_OFF = F_PRED_OFF;
const ALLOWED = T_ALLOWED;
const ALLOWED_END = T_ALLOWED_END;

let vPrev = new Float64Array(NT);
let vCur = new Float64Array(NT);
let vBack = new Uint8Array(256 * NT);

/**
 * Viterbi over BILOU tags for one sentence, reading integer emission scores in place:
 * token i's scores are e[base + i * stride + t] * scale. `tp` holds the transition score of each
 * allowed (predecessor, tag) pair in PRED order, `start` the scores from the sentence start
 * (-Infinity where not allowed). Same arithmetic as `viterbi` in features.ts (used in training).
 */
function decodeSentence(
  e: Int32Array,
  base: number,
  stride: number,
  scale: number,
  tp: Float64Array,
  start: Float64Array,
  n: number,
  out: Uint8Array,
): void {
  if (vBack.length < n * NT) vBack = new Uint8Array(n * NT * 2);
  const back = vBack;
  let prev = vPrev;
  let cur = vCur;
  for (let c = 0; c < NT; c++) prev[c] = start[c] === -Infinity ? -Infinity : e[base + c] * scale + start[c];
  for (let i = 1; i < n; i++) {
    const eo = base + i * stride;
    const bo = i * NT;
    for (let c = 0; c < NT; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = PRED_OFF[c], qe = PRED_OFF[c + 1]; q < qe; q++) {
        const p = PRED[q];
        const v = prev[p] + tp[q];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[c] = best + e[eo + c] * scale;
      back[bo + c] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < NT; c++) {
    if (ALLOWED_END[c] && prev[c] > best) {
      best = prev[c];
      arg = c;
    }
  }
  vPrev = prev;
  vCur = cur;
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NT + out[i]];
}

export interface RawPass {
  keys: Uint32Array;
  W: Float32Array;
  trans: Float32Array | Float64Array;
}

interface Header {
  version: 3;
  nt: number;
  nrows: number;
  /** Slots of the open-addressing feature table (a power of two). */
  tableSize: number;
  passes: { scale: number }[];
  vocabBytes: number;
  meta: Record<string, string | number>;
}

const MAGIC = Buffer.from([0x4e, 0x4d, 0x4e, 0x45, 0x52, 0, 0, 3]);
const BLOOM_WORDS = 1 << 15;
const pad4 = (n: number): number => (n + 3) & ~3;

/** Writes the model: the union of the passes' features whose 8-bit weight is non-zero in some pass. */
export function serializeModel(passes: RawPass[], vocab: string[], meta: Record<string, string | number>): Buffer {
  const np = passes.length;
  const scales = passes.map((p) => {
    let maxAbs = 0;
    for (let i = 0; i < p.W.length; i++) maxAbs = Math.max(maxAbs, Math.abs(p.W[i]));
    return maxAbs / 127 || 1;
  });
  // key -> quantized row per pass
  const rows = new Map<number, Int8Array>();
  passes.forEach((p, pi) => {
    for (let f = 0; f < p.keys.length; f++) {
      let any = false;
      const q = new Int8Array(NT);
      for (let t = 0; t < NT; t++) {
        q[t] = Math.round(p.W[f * NT + t] / scales[pi]);
        if (q[t] !== 0) any = true;
      }
      if (!any) continue;
      let row = rows.get(p.keys[f]);
      if (row === undefined) rows.set(p.keys[f], (row = new Int8Array(np * NT)));
      row.set(q, pi * NT);
    }
  });
  // Sorted by key so the file is deterministic regardless of training feature order.
  const keys = Uint32Array.from([...rows.keys()].sort((a, b) => a - b));
  const W = new Int8Array(keys.length * np * NT);
  keys.forEach((k, r) => W.set(rows.get(k)!, r * np * NT));
  return encodeModel(keys, W, passes.map((p) => Float32Array.from(p.trans)), scales, vocab, meta);
}

/**
 * The open-addressing table of (feature key, row) pairs (row -1: empty slot; linear probing from
 * `key & (size - 1)`, size the first power of two from 1024 at least twice the rows) and the
 * Bloom filter over the keys (bits `key & 0xfffff` and `(key >>> 12) & 0xfffff`).
 */
function lookupTable(keys: Uint32Array): { table: Int32Array; bloom: Int32Array } {
  let size = 1024;
  while (size < keys.length * 2) size *= 2;
  const table = new Int32Array(size * 2).fill(-1);
  const bloom = new Int32Array(BLOOM_WORDS);
  const mask = size - 1;
  for (let r = 0; r < keys.length; r++) {
    let s = keys[r] & mask;
    while (table[s * 2 + 1] >= 0) s = (s + 1) & mask;
    table[s * 2] = keys[r] | 0;
    table[s * 2 + 1] = r;
    const a = keys[r] & 0xfffff;
    const b = (keys[r] >>> 12) & 0xfffff;
    bloom[a >>> 5] |= 1 << (a & 31);
    bloom[b >>> 5] |= 1 << (b & 31);
  }
  return { table, bloom };
}

/**
 * Writes the model file (format 3): magic, header length and JSON header, then, 4-byte aligned,
 * the feature table and Bloom filter (built here, so loading builds nothing), the rows of int8
 * weights (row x pass x tag), each pass's Float32 transition scores, and the vocabulary (one
 * word per line).
 */
export function encodeModel(
  keys: Uint32Array,
  W: Int8Array,
  trans: Float32Array[],
  scales: number[],
  vocab: string[],
  meta: Record<string, string | number>,
): Buffer {
  const { table, bloom } = lookupTable(keys);
  const wb = Buffer.from(W.buffer, W.byteOffset, W.byteLength);
  const body: Buffer[] = [Buffer.from(table.buffer), Buffer.from(bloom.buffer), wb, Buffer.alloc(pad4(wb.length) - wb.length)];
  for (const tr of trans) body.push(Buffer.from(tr.buffer, tr.byteOffset, tr.byteLength));
  const words = vocab.filter((w) => w.length > 0 && !/[\t\n]/.test(w)).sort(byteOrder);
  const vocabBuf = Buffer.from(words.join('\n'), 'utf8');
  const header: Header = {
    version: 3,
    nt: NT,
    nrows: keys.length,
    tableSize: table.length / 2,
    passes: scales.map((scale) => ({ scale })),
    vocabBytes: vocabBuf.length,
    meta,
  };
  const hb = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length);
  const headLen = 8 + 4 + hb.length;
  return Buffer.concat([MAGIC, len, hb, Buffer.alloc(pad4(headLen) - headLen), ...body, vocabBuf]);
}

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
  /**
   * Bloom filter over the keys (2 bits per key in 2^20 bits = 128 KB, about 2% false positives):
   * most context keys (word bigrams) are not in the model, and this small bitmap answers them
   * without touching the 2 MB table.
   */
  private readonly bloom: Int32Array;
  /** rows x npass x NT quantized weights. */
  private readonly W: Int8Array;
  private readonly scales: number[];
  private readonly trans: Float64Array[];
  private e = new Int32Array(4096 * 2 * NT);
  /** Per pass: transition scores of the allowed pairs in PRED order, and from the sentence start. */
  private readonly transPred: Float64Array[];
  private readonly transStart: Float64Array[];
  /** Summed scores of the COMBO_KEYS leading keys per `DocPrep.combo` id. */
  private comboCache = new Map<number, Int32Array>();

  /** `table` and `bloom` as `lookupTable` builds them (the model file holds them). */
  constructor(
    table: Int32Array,
    bloom: Int32Array,
    W: Int8Array,
    scales: number[],
    trans: Float64Array[],
    fs: FeatureSet,
    meta: Record<string, string | number> = {},
  ) {
    this.fs = fs;
    this.meta = meta;
    this.npass = scales.length;
    this.twoPass = this.npass > 1;
    this.W = W;
    this.scales = scales;
    this.trans = trans;
    this.transPred = trans.map((tr) => {
      const tp = new Float64Array(PRED.length);
      for (let c = 0; c < NT; c++) for (let q = PRED_OFF[c]; q < PRED_OFF[c + 1]; q++) tp[q] = tr[PRED[q] * NT + c];
      return tp;
    });
    this.transStart = trans.map((tr) =>
      Float64Array.from({ length: NT }, (_, c) => (ALLOWED[NT * NT + c] ? tr[NT * NT + c] : -Infinity)),
    );
    this.table = table;
    this.tMask = table.length / 2 - 1;
    this.bloom = bloom;
  }

  static fromBuffer(buf: Buffer, gaz: Gazetteer): NerModel {
    if (!buf.subarray(0, 8).equals(MAGIC)) throw new Error('ner.bin: bad magic or old format (retrain with npm run train:ner)');
    const hlen = buf.readUInt32LE(8);
    const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header;
    if (header.nt !== NT) throw new Error('ner.bin: tag set mismatch');
    // Typed arrays need 4-byte alignment: view the file in place when it is aligned, else copy once.
    let ab = buf.buffer;
    let base = buf.byteOffset;
    if (base % 4 !== 0) {
      ab = new ArrayBuffer(buf.length);
      new Uint8Array(ab).set(buf);
      base = 0;
    }
    let off = base + pad4(12 + hlen);
    const nr = header.nrows;
    const np = header.passes.length;
    const size = header.tableSize;
    if (!(size >= nr && (size & (size - 1)) === 0)) throw new Error('ner.bin: bad feature table size');
    const length = pad4(12 + hlen) + size * 8 + BLOOM_WORDS * 4 + pad4(nr * np * NT) + np * (NT + 1) * NT * 4 + header.vocabBytes;
    if (buf.length !== length) throw new Error('ner.bin: truncated or malformed');
    const table = new Int32Array(ab, off, size * 2);
    off += size * 8;
    const bloom = new Int32Array(ab, off, BLOOM_WORDS);
    off += BLOOM_WORDS * 4;
    const W = new Int8Array(ab, off, nr * np * NT);
    off += pad4(nr * np * NT);
    const trans: Float64Array[] = [];
    for (let p = 0; p < np; p++) {
      trans.push(Float64Array.from(new Float32Array(ab, off, (NT + 1) * NT)));
      off += (NT + 1) * NT * 4;
    }
    // The vocabulary is searched in place (sorted in byte order, one word per line): a Set of its
    // 10,000 words would cost the first analysis about 5 ms to build.
    const vocab = new SortedLines(buf.subarray(off - base, off - base + header.vocabBytes), false);
    const lcSet: WordSet = { has: (word) => vocab.find(word) >= 0 };
    const scales = header.passes.map((p) => p.scale);
    return new NerModel(table, bloom, W, scales, trans, new FeatureSet(gaz, lcSet), header.meta);
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

  /** Sums and caches the scores of the COMBO_KEYS keys from `keys[k0]` under `cid`. */
  private comboVec(cid: number, keys: Uint32Array, k0: number): Int32Array {
    const w = this.npass * NT;
    const v = new Int32Array(w);
    for (let k = k0; k < k0 + COMBO_KEYS; k++) {
      const r = this.row(keys[k]);
      if (r < 0) continue;
      for (let t = 0; t < w; t++) v[t] += this.W[r * w + t];
    }
    if (this.comboCache.size > 100000) this.comboCache = new Map();
    this.comboCache.set(cid, v);
    return v;
  }

  /** Summed lexical scores of a word type: 5 offsets x npass x NT (cached on the word). */
  private lexVec(inf: WordInfo): Int16Array {
    let v = inf.vec;
    if (v !== undefined) return v;
    const w = this.npass * NT;
    // At most 15 keys of at most 127 in absolute value: fits 16 bits.
    v = new Int16Array(5 * w);
    const W = this.W;
    for (let o = -2; o <= 2; o++) {
      const keys = this.fs.lexKeys(inf, o);
      const base = (o + 2) * w;
      for (let k = 0; k < keys.length; k++) {
        const r = this.row(keys[k]);
        if (r < 0) continue;
        const wo = r * w;
        for (let t = 0; t < w; t++) v[base + t] += W[wo + t];
      }
    }
    inf.vec = v;
    return v;
  }

  /** BILOU tag indexes per token for a document given as tokenized sentences. */
  tagBilou(sentences: string[][]): Uint8Array[] {
    const doc = this.fs.prepDoc(sentences);
    const two = this.twoPass && this.npass > 1;
    const w = this.npass * NT;
    const W = this.W;
    const tab = this.table;
    const tMask = this.tMask;
    const bloom = this.bloom;
    const nTok = doc.n;
    if (this.e.length < nTok * w) this.e = new Int32Array(nTok * w * 2);
    // Emission scores of all passes, token by token: e[g * w + p * NT + t].
    const e = this.e;
    e.fill(0, 0, nTok * w);
    const { keys, off } = doc;
    const pad = this.lexVec(this.fs.pad);
    // The cached lexical vectors of the 5-word window, then the context keys; one table lookup
    // serves both passes.
    for (let s = 0; s < doc.sents.length; s++) {
      const sp = doc.sents[s];
      const n = sp.infos.length;
      const infos = sp.infos;
      // Word by word: each word's cached vector is read once, for the (up to) 5 tokens it is a
      // neighbour of. Positions outside the sentence get the padding vector.
      const g0 = sp.first;
      for (let j = -2; j < n + 2; j++) {
        const v = j < 0 || j >= n ? pad : (infos[j].vec ?? this.lexVec(infos[j]));
        // Token i = j - (o - 2) sees this word at offset o - 2.
        const oLo = j - n + 3 > 0 ? j - n + 3 : 0;
        const oHi = j + 2 < 4 ? j + 2 : 4;
        for (let o = oLo; o <= oHi; o++) {
          const eo = (g0 + j - o + 2) * w;
          const b = o * w;
          for (let t = 0; t < w; t++) e[eo + t] += v[b + t];
        }
      }
      for (let i = 0; i < n; i++) {
        const g = g0 + i;
        const eo = g * w;
        let k0 = off[g];
        const cid = doc.combo[g];
        if (cid >= 0) {
          const v = this.comboCache.get(cid) ?? this.comboVec(cid, keys, k0);
          for (let t = 0; t < w; t++) e[eo + t] += v[t];
          k0 += COMBO_KEYS;
        }
        for (let k = k0, ke = off[g + 1]; k < ke; k++) {
          const key = keys[k] | 0;
          const ba = key & 0xfffff;
          const bb = (key >>> 12) & 0xfffff;
          if ((bloom[ba >>> 5] & (1 << (ba & 31))) === 0 || (bloom[bb >>> 5] & (1 << (bb & 31))) === 0) continue;
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
          if (r < 0) continue;
          const wo = r * w;
          for (let t = 0; t < w; t++) e[eo + t] += W[wo + t];
        }
      }
    }
    const first = this.decodeAll(doc, 0, w);
    if (!two) return first;

    const extra = this.fs.pass2Keys(doc, first);
    for (let g = 0; g < nTok; g++) {
      const eo = g * w + NT;
      for (let k = extra.off[g], ke = extra.off[g + 1]; k < ke; k++) {
        const r = this.row(extra.keys[k]);
        if (r < 0) continue;
        const wo = r * w + NT;
        for (let t = 0; t < NT; t++) e[eo + t] += W[wo + t];
      }
    }
    return this.decodeAll(doc, 1, w);
  }

  /** Viterbi over every sentence of the document with pass `p`'s integer emission scores. */
  private decodeAll(doc: DocPrep, p: number, w: number): Uint8Array[] {
    const e = this.e;
    const scale = this.scales[p];
    const tp = this.transPred[p];
    const start = this.transStart[p];
    const all = new Uint8Array(doc.n);
    const out: Uint8Array[] = new Array<Uint8Array>(doc.sents.length);
    for (let s = 0; s < doc.sents.length; s++) {
      const sp = doc.sents[s];
      const n = sp.infos.length;
      const tags = (out[s] = all.subarray(sp.first, sp.first + n));
      if (n > 0) decodeSentence(e, sp.first * w + p * NT, w, scale, tp, start, n, tags);
    }
    return out;
  }

  /** IOB2 tags (`B-PER`, `I-ORG`, `O`) per token. */
  tagDocument(sentences: string[][]): string[][] {
    return this.tagBilou(sentences).map((tags) => {
      const out = new Array<string>(tags.length);
      for (let i = 0; i < tags.length; i++) out[i] = IOB2[tags[i]];
      return out;
    });
  }
}

export type { DocPrep };
