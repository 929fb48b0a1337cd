import { chunkKeys, posKeys, sentenceForms } from './features';
import type { QuantizedWeights } from './modelFile';

/**
 * Training of the syntax passes: a sparse averaged perceptron (each feature key keeps weights only
 * for the tags it was updated with), greedy left to right as at run time, the previous tags being
 * the model's own predictions. Pure: the scripts read the data and write the model file.
 */

export interface TaggedSentence {
  words: string[];
  pos: string[];
  /** IOB2 chunk tags. */
  chunk: string[];
}

/** CoNLL-2003 columns: word, POS, chunk (IOB1), NER. Chunk tags are returned in IOB2. */
export function readConllSyntax(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) {
      cur = undefined;
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols.length < 3) continue;
    if (!cur) out.push((cur = { words: [], pos: [], chunk: [] }));
    cur.words.push(cols[0]);
    cur.pos.push(cols[1]);
    cur.chunk.push(cols[2]);
  }
  for (const s of out) s.chunk = iob1ToIob2(s.chunk);
  return out;
}

/** IOB1 (an `I-X` after `O` or another type starts a chunk; `B-X` only between two X) to IOB2. */
export function iob1ToIob2(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === 'O' || prev.slice(2) !== t.slice(2) ? `B-${t.slice(2)}` : t;
  });
}

/** Sparse averaged perceptron over hashed feature keys. */
export class SparsePerceptron {
  /** key -> [tag, weight, total, lastStep] x n */
  private readonly w = new Map<number, number[]>();
  private step = 1;

  constructor(readonly nTags: number) {}

  score(keys: number[], scores: Float64Array): void {
    scores.fill(0);
    for (const k of keys) {
      const v = this.w.get(k);
      if (!v) continue;
      for (let j = 0; j < v.length; j += 4) scores[v[j]] += v[j + 1];
    }
  }

  update(keys: number[], good: number, bad: number): void {
    for (const k of keys) {
      let v = this.w.get(k);
      if (!v) this.w.set(k, (v = []));
      this.bump(v, good, 1);
      this.bump(v, bad, -1);
    }
  }

  /** Call once per token seen (the averaging clock). */
  tick(): void {
    this.step++;
  }

  private bump(v: number[], tag: number, delta: number): void {
    let j = 0;
    while (j < v.length && v[j] !== tag) j += 4;
    if (j === v.length) v.push(tag, 0, 0, this.step);
    v[j + 2] += (this.step - v[j + 3]) * v[j + 1];
    v[j + 3] = this.step;
    v[j + 1] += delta;
  }

  /**
   * Averaged weights quantized to 16 bits with one scale; keys left with no weight are dropped.
   * The scale puts the `quantile` of the absolute weights at 32767 and clips any above it. (Eight
   * bits lost 1 to 25 points of accuracy: the weights span four orders of magnitude, and the many
   * small ones that add up were rounded to zero.) `prune` drops the weights below that fraction of
   * the largest.
   */
  quantized(quantile = 1, prune = 0): { weights: QuantizedWeights; scale: number } {
    const avg = new Map<number, number[]>();
    const all: number[] = [];
    for (const [k, v] of this.w) {
      const a: number[] = [];
      for (let j = 0; j < v.length; j += 4) {
        const mean = (v[j + 2] + (this.step - v[j + 3]) * v[j + 1]) / this.step;
        a.push(v[j], mean);
        if (mean !== 0) all.push(Math.abs(mean));
      }
      avg.set(k, a);
    }
    all.sort((x, y) => x - y);
    const top = all.length > 0 ? all[Math.min(all.length - 1, Math.floor(quantile * all.length))] : 1;
    const scale = top / 32767;
    const weights: QuantizedWeights = new Map();
    for (const [k, a] of avg) {
      const q: number[] = [];
      for (let j = 0; j < a.length; j += 2) {
        const x = Math.max(-32767, Math.min(32767, Math.round(a[j + 1] / scale)));
        // `prune`: weights under that fraction of the largest are dropped (a smaller file, same tags nearly always).
        if (x !== 0 && Math.abs(x) >= prune * 32767) q.push(a[j], x);
      }
      if (q.length > 0) weights.set(k, q);
    }
    return { weights, scale };
  }
}

function argmax(scores: Float64Array, allowed?: (t: number) => boolean): number {
  let bi = -1;
  for (let t = 0; t < scores.length; t++) {
    if (allowed && !allowed(t)) continue;
    if (bi < 0 || scores[t] > scores[bi]) bi = t;
  }
  return bi;
}

/** A deterministic shuffle (xorshift) of 0..n-1 for epoch `e`. */
function order(n: number, e: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  let x = 0x9e3779b9 ^ (e * 7919);
  for (let i = n - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

/** One training epoch of the POS tagger; returns the number of token errors. */
export function trainPosEpoch(p: SparsePerceptron, tagNames: string[], data: TaggedSentence[], epoch: number): number {
  const index = new Map(tagNames.map((t, i) => [t, i]));
  const keys: number[] = [];
  const scores = new Float64Array(tagNames.length);
  let errors = 0;
  for (const si of order(data.length, epoch)) {
    const s = data[si];
    const f = sentenceForms(s.words);
    const tags: string[] = [];
    for (let i = 0; i < s.words.length; i++) {
      posKeys(f, i, tags, keys);
      p.score(keys, scores);
      const guess = argmax(scores);
      const gold = index.get(s.pos[i])!;
      if (guess !== gold) {
        p.update(keys, gold, guess);
        errors++;
      }
      p.tick();
      tags.push(tagNames[guess]);
    }
  }
  return errors;
}

/** One training epoch of the chunker on the given POS tags (`posOf(sentence index)`). */
export function trainChunkEpoch(p: SparsePerceptron, tagNames: string[], data: TaggedSentence[], posOf: (i: number) => string[], epoch: number): number {
  const index = new Map(tagNames.map((t, i) => [t, i]));
  const inside = tagNames.map((t) => (t.startsWith('I-') ? t.slice(2) : ''));
  const type = tagNames.map((t) => (t === 'O' ? '' : t.slice(2)));
  const keys: number[] = [];
  const scores = new Float64Array(tagNames.length);
  let errors = 0;
  for (const si of order(data.length, epoch + 1000)) {
    const s = data[si];
    const f = sentenceForms(s.words);
    const pos = posOf(si);
    const tags: string[] = [];
    let prevType = '';
    for (let i = 0; i < s.words.length; i++) {
      chunkKeys(f, pos, i, tags, keys);
      p.score(keys, scores);
      const guess = argmax(scores, (t) => inside[t] === '' || inside[t] === prevType);
      const gold = index.get(s.chunk[i])!;
      if (guess !== gold) {
        p.update(keys, gold, guess);
        errors++;
      }
      p.tick();
      tags.push(tagNames[guess]);
      prevType = type[guess];
    }
  }
  return errors;
}
