/**
 * The NER model at run time: quantized weights per pass, the binary file format, and tagging.
 *
 * ner.bin layout (little endian):
 *   8 bytes magic `NMNER\0\0\x01`, u32 header length, header JSON (utf8), padding to 4,
 *   then per pass: u32 keys[nfeat], weights int8/int16[nfeat*NT] (padded to 4), f32 trans[(NT+1)*NT];
 *   then the lower-case vocabulary (utf8, '\n'-separated), length in the header.
 */
import { FeatureSet, type DocPrep, type WordInfo, viterbi } from './features';
import { Gazetteer } from './gazetteer';
import { ALLOWED, ALLOWED_END, NT, bilouToSpans, spansToIob2 } from './tags';

export interface PassWeights {
  /** Feature key -> row. */
  index: Map<number, number>;
  /** rows x NT. */
  W: Float32Array;
  /** (NT+1) x NT transition scores. */
  trans: Float32Array;
}

export interface RawPass {
  keys: Uint32Array;
  W: Float32Array;
  trans: Float32Array;
}

interface Header {
  version: 1;
  nt: number;
  bits: 8 | 16;
  passes: { nfeat: number; scale: number }[];
  vocabBytes: number;
  meta: Record<string, string | number>;
}

const MAGIC = Buffer.from([0x4e, 0x4d, 0x4e, 0x45, 0x52, 0, 0, 1]);
const pad4 = (n: number): number => (n + 3) & ~3;

export function serializeModel(
  passes: RawPass[],
  vocab: string[],
  bits: 8 | 16,
  meta: Record<string, string | number>,
): Buffer {
  const qmax = bits === 8 ? 127 : 32767;
  const parts: Buffer[] = [];
  const hdrPasses: Header['passes'] = [];
  const body: Buffer[] = [];
  for (const p of passes) {
    // Keep only rows with a non-zero quantized weight.
    let maxAbs = 0;
    for (let i = 0; i < p.W.length; i++) maxAbs = Math.max(maxAbs, Math.abs(p.W[i]));
    const scale = maxAbs / qmax || 1;
    const nf = p.keys.length;
    const keep: number[] = [];
    for (let f = 0; f < nf; f++) {
      for (let t = 0; t < NT; t++) {
        if (Math.round(p.W[f * NT + t] / scale) !== 0) {
          keep.push(f);
          break;
        }
      }
    }
    // Sort by key so the file is deterministic regardless of training feature order.
    keep.sort((a, b) => p.keys[a] - p.keys[b]);
    const keys = new Uint32Array(keep.length);
    const q = bits === 8 ? new Int8Array(keep.length * NT) : new Int16Array(keep.length * NT);
    keep.forEach((f, r) => {
      keys[r] = p.keys[f];
      for (let t = 0; t < NT; t++) q[r * NT + t] = Math.round(p.W[f * NT + t] / scale);
    });
    hdrPasses.push({ nfeat: keep.length, scale });
    body.push(Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength));
    const qb = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
    body.push(qb, Buffer.alloc(pad4(qb.length) - qb.length));
    body.push(Buffer.from(new Float32Array(p.trans).buffer));
  }
  const vocabBuf = Buffer.from(vocab.join('\n'), 'utf8');
  const header: Header = { version: 1, nt: NT, bits, passes: hdrPasses, vocabBytes: vocabBuf.length, meta };
  const hb = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length);
  parts.push(MAGIC, len, hb, Buffer.alloc(pad4(8 + 4 + hb.length) - (8 + 4 + hb.length)));
  return Buffer.concat([...parts, ...body, vocabBuf]);
}

export class NerModel {
  readonly passes: PassWeights[];
  readonly fs: FeatureSet;
  readonly meta: Record<string, string | number>;
  /** Use the second (document-level) pass when the model has one. */
  twoPass: boolean;
  private emitBuf = new Float32Array(256 * NT);
  private backBuf = new Uint8Array(256 * NT);
  private keyBuf: number[] = [];

  constructor(passes: PassWeights[], fs: FeatureSet, meta: Record<string, string | number> = {}) {
    this.passes = passes;
    this.fs = fs;
    this.meta = meta;
    this.twoPass = passes.length > 1;
  }

  static fromBuffer(buf: Buffer, gaz: Gazetteer): NerModel {
    if (!buf.subarray(0, 8).equals(MAGIC)) throw new Error('ner.bin: bad magic');
    const hlen = buf.readUInt32LE(8);
    const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header;
    if (header.nt !== NT) throw new Error('ner.bin: tag set mismatch');
    let off = pad4(12 + hlen);
    // Copy into an aligned buffer so typed arrays can view it.
    const ab = new ArrayBuffer(buf.length);
    new Uint8Array(ab).set(buf);
    const passes: PassWeights[] = [];
    for (const hp of header.passes) {
      const keys = new Uint32Array(ab, off, hp.nfeat);
      off += hp.nfeat * 4;
      const n = hp.nfeat * NT;
      const q = header.bits === 8 ? new Int8Array(ab, off, n) : new Int16Array(ab, off, n);
      off += pad4(n * (header.bits / 8));
      const W = new Float32Array(n);
      for (let i = 0; i < n; i++) W[i] = q[i] * hp.scale;
      const trans = new Float32Array(ab.slice(off, off + (NT + 1) * NT * 4));
      off += (NT + 1) * NT * 4;
      const index = new Map<number, number>();
      for (let r = 0; r < hp.nfeat; r++) index.set(keys[r], r);
      passes.push({ index, W, trans });
    }
    const vocab = buf.toString('utf8', off, off + header.vocabBytes).split('\n');
    return new NerModel(passes, new FeatureSet(gaz, new Set(vocab)), header.meta);
  }

  private lexVec(inf: WordInfo, p: number): Float32Array {
    if (inf.vecs === undefined) inf.vecs = [];
    let v = inf.vecs[p];
    if (v !== undefined) return v;
    v = new Float32Array(5 * NT);
    const { index, W } = this.passes[p];
    for (let o = -2; o <= 2; o++) {
      const keys = this.fs.lexKeys(inf, o);
      const base = (o + 2) * NT;
      for (let k = 0; k < keys.length; k++) {
        const r = index.get(keys[k]);
        if (r === undefined) continue;
        const wo = r * NT;
        for (let t = 0; t < NT; t++) v[base + t] += W[wo + t];
      }
    }
    inf.vecs[p] = v;
    return v;
  }

  /** Decodes one pass over a prepared document; `extra` adds per-token keys (second pass). */
  decodePass(doc: DocPrep, p: number, extra?: Uint32Array[][]): Uint8Array[] {
    const { index, W, trans } = this.passes[p];
    const pad = this.fs.pad;
    const out: Uint8Array[] = [];
    for (let s = 0; s < doc.sents.length; s++) {
      const sp = doc.sents[s];
      const n = sp.infos.length;
      const tags = new Uint8Array(n);
      out.push(tags);
      if (n === 0) continue;
      if (this.emitBuf.length < n * NT) {
        this.emitBuf = new Float32Array(n * NT * 2);
        this.backBuf = new Uint8Array(n * NT * 2);
      }
      const emit = this.emitBuf;
      emit.fill(0, 0, n * NT);
      const vecs: Float32Array[] = new Array<Float32Array>(n + 4);
      const pv = this.lexVec(pad, p);
      vecs[0] = vecs[1] = vecs[n + 2] = vecs[n + 3] = pv;
      for (let i = 0; i < n; i++) vecs[i + 2] = this.lexVec(sp.infos[i], p);
      for (let i = 0; i < n; i++) {
        const eo = i * NT;
        for (let o = 0; o < 5; o++) {
          const v = vecs[i + o];
          const b = o * NT; // the word at i + o - 2 is at offset o - 2 from token i
          for (let t = 0; t < NT; t++) emit[eo + t] += v[b + t];
        }
        const keys = sp.keys;
        for (let k = sp.off[i], e = sp.off[i + 1]; k < e; k++) {
          const r = index.get(keys[k]);
          if (r === undefined) continue;
          const wo = r * NT;
          for (let t = 0; t < NT; t++) emit[eo + t] += W[wo + t];
        }
        if (extra !== undefined) {
          const ex = extra[s][i];
          for (let k = 0; k < ex.length; k++) {
            const r = index.get(ex[k]);
            if (r === undefined) continue;
            const wo = r * NT;
            for (let t = 0; t < NT; t++) emit[eo + t] += W[wo + t];
          }
        }
      }
      viterbi(emit, trans, n, ALLOWED, ALLOWED_END, tags, this.backBuf);
    }
    return out;
  }

  /** BILOU tag indexes per token for a document given as tokenized sentences. */
  tagBilou(sentences: string[][]): Uint8Array[] {
    const doc = this.fs.prepDoc(sentences);
    const first = this.decodePass(doc, 0);
    if (!this.twoPass || this.passes.length < 2) return first;
    return this.decodePass(doc, 1, this.fs.pass2Keys(doc, first));
  }

  tagDocument(sentences: string[][]): string[][] {
    return this.tagBilou(sentences).map((t) => spansToIob2(bilouToSpans(t), t.length));
  }
}
