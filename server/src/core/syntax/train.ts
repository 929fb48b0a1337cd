import { BeamDecoder, type StepScorer } from './beam';
import { chunkHistoryKeys, chunkStaticKeys, posHistoryKeys, posStaticKeys, sentenceForms } from './features';
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

  /** Adds `delta` to the weights of `tag` for `keys`. */
  add(keys: number[], tag: number, delta: number): void {
    for (const k of keys) {
      let v = this.w.get(k);
      if (!v) this.w.set(k, (v = []));
      this.bump(v, tag, delta);
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
   * the largest. With `also`, the weights are the mean of this perceptron's and theirs (the same
   * data in other orders: a steadier model than any one of them).
   */
  quantized(quantile = 1, prune = 0, also: SparsePerceptron[] = []): { weights: QuantizedWeights; scale: number } {
    const avg = this.averages();
    for (const other of also) {
      for (const [k, b] of other.averages()) {
        const a = avg.get(k);
        if (!a) {
          avg.set(k, b);
          continue;
        }
        for (let j = 0; j < b.length; j += 2) {
          let i = 0;
          while (i < a.length && a[i] !== b[j]) i += 2;
          if (i === a.length) a.push(b[j], 0);
          a[i + 1] += b[j + 1];
        }
      }
    }
    const all: number[] = [];
    for (const a of avg.values()) {
      for (let j = 1; j < a.length; j += 2) {
        a[j] /= 1 + also.length;
        if (a[j] !== 0) all.push(Math.abs(a[j]));
      }
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

  /** The averaged weights: key -> [tag, mean weight, ...]. */
  private averages(): Map<number, number[]> {
    const avg = new Map<number, number[]>();
    for (const [k, v] of this.w) {
      const a: number[] = [];
      for (let j = 0; j < v.length; j += 4) a.push(v[j], (v[j + 2] + (this.step - v[j + 3]) * v[j + 1]) / this.step);
      avg.set(k, a);
    }
    return avg;
  }
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

/** Whether chunk tag `t` may follow `prev` (-1: sentence start) in IOB2: `I-X` only after `B-X` or `I-X`. */
export function iob2Allowed(tagNames: string[]): (prev: number, t: number) => boolean {
  const inside = tagNames.map((t) => (t.startsWith('I-') ? t.slice(2) : ''));
  const type = tagNames.map((t) => (t === 'O' ? '' : t.slice(2)));
  return (prev, t) => inside[t] === '' || (prev >= 0 && inside[t] === type[prev]);
}

/** Feature keys of one pass: the tag-independent ones of token `i`, and those that read the two previous tags (-1: before the start). */
interface PassKeys {
  staticKeys(i: number, out: number[]): void;
  historyKeys(i: number, c2: number, c1: number, out: number[]): void;
}

/**
 * One training epoch of a pass as a structured perceptron: each sentence is decoded with the
 * run-time beam, and when its best sequence is not the gold one, the prefixes at the step of
 * largest violation are updated (gold features up, predicted ones down). Returns the number of
 * sentences updated.
 */
function structuredEpoch(
  p: SparsePerceptron,
  beam: BeamDecoder,
  data: TaggedSentence[],
  goldOf: (s: TaggedSentence) => number[],
  keysOf: (si: number) => PassKeys,
  seed: number,
): number {
  const keys: number[] = [];
  const keys2: number[] = [];
  let updated = 0;
  for (const si of order(data.length, seed)) {
    const s = data[si];
    const k = keysOf(si);
    const gold = goldOf(s);
    const scorer: StepScorer = {
      staticScores: (i, out) => {
        k.staticKeys(i, keys);
        p.score(keys, out);
      },
      historyScores: (i, c2, c1, out) => {
        k.historyKeys(i, c2, c1, keys);
        p.score(keys, out);
      },
    };
    const pred = new Int32Array(s.words.length);
    const at = beam.decode(s.words.length, scorer, pred, gold);
    for (let j = 0; j <= at; j++) {
      const g2 = j < 2 ? -1 : gold[j - 2];
      const g1 = j < 1 ? -1 : gold[j - 1];
      const p2 = j < 2 ? -1 : pred[j - 2];
      const p1 = j < 1 ? -1 : pred[j - 1];
      if (pred[j] === gold[j] && p1 === g1 && p2 === g2) continue;
      if (pred[j] !== gold[j]) {
        k.staticKeys(j, keys);
        p.add(keys, gold[j], 1);
        p.add(keys, pred[j], -1);
      }
      k.historyKeys(j, g2, g1, keys);
      k.historyKeys(j, p2, p1, keys2);
      p.add(keys, gold[j], 1);
      p.add(keys2, pred[j], -1);
    }
    if (at >= 0) updated++;
    for (let i = 0; i < s.words.length; i++) p.tick();
  }
  return updated;
}


/**
 * One training epoch of the POS tagger: greedy left to right as at run time, the previous tags
 * being its own predictions, with an update at each wrong token (a structured update, as the
 * chunker's, scored no better). Returns the number of token errors.
 */
export function trainPosEpoch(p: SparsePerceptron, tagNames: string[], data: TaggedSentence[], epoch: number): number {
  const index = new Map(tagNames.map((t, i) => [t, i]));
  const keys: number[] = [];
  const more: number[] = [];
  const scores = new Float64Array(tagNames.length);
  let errors = 0;
  for (const si of order(data.length, epoch)) {
    const s = data[si];
    const f = sentenceForms(s.words);
    const tags: string[] = [];
    for (let i = 0; i < s.words.length; i++) {
      posStaticKeys(f, i, keys);
      posHistoryKeys(f, i, i > 1 ? tags[i - 2] : null, i > 0 ? tags[i - 1] : null, more);
      for (const k of more) keys.push(k);
      p.score(keys, scores);
      let guess = 0;
      for (let t = 1; t < scores.length; t++) if (scores[t] > scores[guess]) guess = t;
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

/** One training epoch of the chunker on the given POS tags (`posOf(sentence index)`); returns the number of sentences updated. */
export function trainChunkEpoch(
  p: SparsePerceptron,
  tagNames: string[],
  data: TaggedSentence[],
  posOf: (i: number) => string[],
  epoch: number,
  width: number,
): number {
  const index = new Map(tagNames.map((t, i) => [t, i]));
  const name = (t: number): string | null => (t < 0 ? null : tagNames[t]);
  const beam = new BeamDecoder(tagNames.length, width, iob2Allowed(tagNames));
  return structuredEpoch(p, beam, data, (s) => s.chunk.map((t) => index.get(t)!), (si) => {
    const f = sentenceForms(data[si].words);
    const pos = posOf(si);
    return {
      staticKeys: (i, out) => chunkStaticKeys(f, pos, i, out),
      historyKeys: (i, c2, c1, out) => chunkHistoryKeys(f, pos, i, name(c2), name(c1), out),
    };
  }, epoch + 1000);
}
