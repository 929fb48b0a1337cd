/**
 * Training side of the tagger: feature indexing and an averaged structured perceptron with
 * Viterbi decoding over BILOU tags. Used by scripts/train-ner.ts only (not needed at run time).
 */
import type { DocKeys, DocPrep, FeatureSet } from './features';
import { viterbi } from './viterbi';
import { NT as TAGS_NT, START } from './tags';

/** Local copy: a module binding can compile to a getter call under tsx, too slow in hot loops. */
const NT = TAGS_NT;

export interface TrainSent {
  n: number;
  /** Offsets into `feats` per token (n + 1). */
  off: Int32Array;
  feats: Int32Array;
  gold: Uint8Array;
}

export class FeatureIndex {
  readonly map = new Map<number, number>();
  readonly keys: number[] = [];
  id(key: number, grow: boolean): number {
    let i = this.map.get(key);
    if (i === undefined) {
      if (!grow) return -1;
      i = this.keys.length;
      this.map.set(key, i);
      this.keys.push(key);
    }
    return i;
  }
}

export function extractSentences(
  fs: FeatureSet,
  docs: DocPrep[],
  golds: Uint8Array[][],
  extra: DocKeys[] | null,
  fi: FeatureIndex,
  grow: boolean,
): TrainSent[][] {
  return docs.map((doc, d) =>
    doc.sents.map((sp, s) => {
      const n = sp.infos.length;
      const off = new Int32Array(n + 1);
      const feats: number[] = [];
      for (let i = 0; i < n; i++) {
        for (let o = -2; o <= 2; o++) {
          const j = i + o;
          const inf = j < 0 || j >= n ? fs.pad : sp.infos[j];
          for (const k of fs.lexKeys(inf, o)) {
            const id = fi.id(k, grow);
            if (id >= 0) feats.push(id);
          }
        }
        for (let q = sp.off[i]; q < sp.off[i + 1]; q++) {
          const id = fi.id(sp.keys[q], grow);
          if (id >= 0) feats.push(id);
        }
        if (extra) {
          const ex = extra[d];
          for (let q = ex.off[sp.first + i]; q < ex.off[sp.first + i + 1]; q++) {
            const id = fi.id(ex.keys[q], grow);
            if (id >= 0) feats.push(id);
          }
        }
        off[i + 1] = feats.length;
      }
      return { n, off, feats: Int32Array.from(feats), gold: golds[d][s] };
    }),
  );
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export interface Weights {
  W: Float32Array;
  trans: Float64Array;
}

let emitBuf = new Float64Array(1024 * NT);

export function decodeSent(w: Weights, s: TrainSent, out: Uint8Array): void {
  const n = s.n;
  if (n === 0) return;
  if (emitBuf.length < n * NT) emitBuf = new Float64Array(n * NT * 2);
  const emit = emitBuf;
  emit.fill(0, 0, n * NT);
  const { W } = w;
  for (let i = 0; i < n; i++) {
    const eo = i * NT;
    for (let k = s.off[i]; k < s.off[i + 1]; k++) {
      const wo = s.feats[k] * NT;
      for (let t = 0; t < NT; t++) emit[eo + t] += W[wo + t];
    }
  }
  viterbi(emit, w.trans, n, out);
}

export class Perceptron {
  readonly nf: number;
  readonly W: Float32Array;
  private readonly U: Float64Array;
  readonly trans: Float64Array;
  private readonly TU: Float64Array;
  private c = 1;

  constructor(nf: number) {
    this.nf = nf;
    this.W = new Float32Array(nf * NT);
    this.U = new Float64Array(nf * NT);
    this.trans = new Float64Array((NT + 1) * NT);
    this.TU = new Float64Array((NT + 1) * NT);
  }

  private upd(f: number, t: number, d: number): void {
    const i = f * NT + t;
    this.W[i] += d;
    this.U[i] += this.c * d;
  }

  private updT(p: number, t: number, d: number): void {
    const i = p * NT + t;
    this.trans[i] += d;
    this.TU[i] += this.c * d;
  }

  /** One pass over `sents` in the given order; returns the number of sentences with errors. */
  epoch(sents: TrainSent[], order: number[]): number {
    let errors = 0;
    const pred = new Uint8Array(1024);
    for (const idx of order) {
      const s = sents[idx];
      if (s.n > 0) {
        const p = s.n <= pred.length ? pred.subarray(0, s.n) : new Uint8Array(s.n);
        decodeSent(this, s, p);
        let wrong = false;
        for (let i = 0; i < s.n; i++) {
          const g = s.gold[i];
          const q = p[i];
          const pg = i > 0 ? s.gold[i - 1] : START;
          const pq = i > 0 ? p[i - 1] : START;
          if (g !== q) {
            wrong = true;
            for (let k = s.off[i]; k < s.off[i + 1]; k++) {
              this.upd(s.feats[k], g, 1);
              this.upd(s.feats[k], q, -1);
            }
          }
          if (g !== q || pg !== pq) {
            this.updT(pg, g, 1);
            this.updT(pq, q, -1);
          }
        }
        if (wrong) errors++;
      }
      this.c++;
    }
    return errors;
  }

  averaged(): Weights {
    const W = new Float32Array(this.W.length);
    for (let i = 0; i < W.length; i++) W[i] = this.W[i] - this.U[i] / this.c;
    const trans = new Float64Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i] - this.TU[i] / this.c;
    return { W, trans };
  }
}

/** Mean of several weight vectors (perceptrons trained with different shuffle seeds). */
export function averageWeights(runs: Weights[]): Weights {
  if (runs.length === 1) return runs[0];
  const W = new Float32Array(runs[0].W.length);
  const trans = new Float64Array(runs[0].trans.length);
  for (const r of runs) {
    for (let i = 0; i < W.length; i++) W[i] += r.W[i] / runs.length;
    for (let i = 0; i < trans.length; i++) trans[i] += r.trans[i] / runs.length;
  }
  return { W, trans };
}

export function decodeAll(w: Weights, docs: TrainSent[][]): Uint8Array[][] {
  return docs.map((d) =>
    d.map((s) => {
      const out = new Uint8Array(s.n);
      decodeSent(w, s, out);
      return out;
    }),
  );
}
