import { BeamDecoder, type StepScorer } from './beam';
import { chunkHistoryKeys, chunkStaticKeys, posHistoryKeys, posStaticKeys, sentenceForms, type SentenceForms } from './features';
import type { SparseModel, SyntaxModelFile } from './modelFile';

/**
 * Part-of-speech tags (Penn Treebank, as in CoNLL-2003) and chunks (IOB2 tags: `B-NP`, `I-NP`,
 * `B-VP`, ..., `O`) of a tokenized sentence: two greedy passes, left to right, each choosing the
 * best-scoring tag of a token given its features and the tags already chosen.
 */
export interface SyntaxTags {
  pos: string[];
  chunk: string[];
}

/**
 * A sparse model laid out for lookups: each table slot holds its key and its row packed as
 * `offset << 8 | count`, and each weight is packed with its tag (`weight << 8 | tag`), so that a
 * key costs two memory reads (slot, weights) instead of four: tagging is bound by cache misses.
 */
interface PackedModel {
  slots: Int32Array;
  mask: number;
  pairs: Int32Array;
  /** One bit per hash of each key (2^20 bits, 128 KB): most keys a model lacks are answered here, in cache. */
  filter: Int32Array;
}

function filterBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 12;
}

function pack(m: SparseModel): PackedModel {
  const slots = new Int32Array(m.table.length);
  for (let s = 0; s < m.table.length; s += 2) {
    const row = m.table[s + 1];
    slots[s] = m.table[s];
    slots[s + 1] = row < 0 ? -1 : (m.offsets[row] << 8) | (m.offsets[row + 1] - m.offsets[row]);
  }
  const pairs = new Int32Array(m.pairTags.length);
  for (let j = 0; j < pairs.length; j++) pairs[j] = (m.pairWeights[j] << 8) | m.pairTags[j];
  const filter = new Int32Array(1 << 15);
  for (let s = 0; s < m.table.length; s += 2) {
    if (m.table[s + 1] < 0) continue;
    const b = filterBit(m.table[s]);
    filter[b >>> 5] |= 1 << (b & 31);
  }
  return { slots, mask: m.mask, pairs, filter };
}

/** Adds a model's weights for `keys` into `scores`. */
function score(m: PackedModel, keys: number[], scores: Float64Array): void {
  scores.fill(0);
  const { slots, mask, pairs, filter } = m;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] | 0;
    const b = filterBit(key);
    if ((filter[b >>> 5] & (1 << (b & 31))) === 0) continue;
    let s = key & mask;
    let row = -1;
    for (;;) {
      const r = slots[2 * s + 1];
      if (r === -1) break;
      if (slots[2 * s] === key) {
        row = r;
        break;
      }
      s = (s + 1) & mask;
    }
    if (row < 0) continue;
    for (let j = row >>> 8, e = j + (row & 255); j < e; j++) {
      const p = pairs[j];
      scores[p & 255] += p >> 8;
    }
  }
}

export class SyntaxTagger {
  private readonly keys: number[] = [];
  private readonly more: number[] = [];
  /** Scores of one token's tags (the longer tag list's length). */
  private readonly scores: Float64Array;
  private readonly chunkBeam: BeamDecoder;
  private readonly posBeam: BeamDecoder;

  private readonly posModel: PackedModel;
  private readonly chunkModel: PackedModel;

  constructor(readonly file: SyntaxModelFile) {
    this.scores = new Float64Array(Math.max(file.pos.tags.length, file.chunk.tags.length));
    this.posModel = pack(file.pos);
    this.chunkModel = pack(file.chunk);
    const inside = file.chunk.tags.map((t) => (t.startsWith('I-') ? t.slice(2) : ''));
    const type = file.chunk.tags.map((t) => (t === 'O' ? '' : t.slice(2)));
    const allowed = (prev: number, t: number): boolean => inside[t] === '' || (prev >= 0 && inside[t] === type[prev]);
    // The beam width the chunker was trained with (file meta; 1, greedy, in files before it).
    this.posBeam = new BeamDecoder(file.pos.tags.length, 1, () => true);
    this.chunkBeam = new BeamDecoder(file.chunk.tags.length, Number(file.meta.chunkBeam ?? 1), allowed);
  }

  /**
   * The tags of one pass over a sentence: the beam over scores summed from `model` (beam.ts), or
   * with width 1 its greedy equivalent in one lookup loop per token (the same tags, a sixth less time).
   */
  private decode(
    model: PackedModel,
    beam: BeamDecoder,
    names: string[],
    n: number,
    staticKeys: (i: number, out: number[]) => void,
    historyKeys: (i: number, c2: string | null, c1: string | null, out: number[]) => void,
  ): string[] {
    const { keys, more, scores } = this;
    const tags: string[] = [];
    if (beam.width === 1) {
      const all = beam === this.posBeam; // every POS tag may follow every other
      let prev = -1;
      for (let i = 0; i < n; i++) {
        staticKeys(i, keys);
        historyKeys(i, i > 1 ? tags[i - 2] : null, i > 0 ? tags[i - 1] : null, more);
        for (let k = 0; k < more.length; k++) keys.push(more[k]);
        score(model, keys, scores);
        let b = -1;
        for (let t = 0; t < names.length; t++) if ((b < 0 || scores[t] > scores[b]) && (all || beam.allowed(prev, t))) b = t;
        tags.push(names[b]);
        prev = b;
      }
      return tags;
    }
    const scorer: StepScorer = {
      staticScores: (i, out) => {
        staticKeys(i, keys);
        score(model, keys, out);
      },
      historyScores: (i, c2, c1, out) => {
        historyKeys(i, c2 < 0 ? null : names[c2], c1 < 0 ? null : names[c1], keys);
        score(model, keys, out);
      },
    };
    const out = new Int32Array(n);
    beam.decode(n, scorer, out);
    for (let i = 0; i < n; i++) tags.push(names[out[i]]);
    return tags;
  }

  /** POS tags of a sentence's words. */
  pos(words: string[]): string[] {
    const f: SentenceForms = sentenceForms(words);
    return this.decode(this.posModel, this.posBeam, this.file.pos.tags, words.length,
      (i, out) => posStaticKeys(f, i, out),
      (i, c2, c1, out) => posHistoryKeys(f, i, c2, c1, out));
  }

  /**
   * Chunk tags (IOB2) of a sentence's words given their POS tags; `I-X` only after `B-X` or `I-X`.
   * A beam over the tag sequence (beam.ts) as in training: the features read the two previous tags.
   */
  chunks(words: string[], pos: string[]): string[] {
    const f = sentenceForms(words);
    return this.decode(this.chunkModel, this.chunkBeam, this.file.chunk.tags, words.length,
      (i, out) => chunkStaticKeys(f, pos, i, out),
      (i, c2, c1, out) => chunkHistoryKeys(f, pos, i, c2, c1, out));
  }

  tag(words: string[]): SyntaxTags {
    const pos = this.pos(words);
    return { pos, chunk: this.chunks(words, pos) };
  }

  /** Tags of sentences already seen, by their words: an editor re-analyzes the same sentences on every keystroke. */
  private cache = new Map<string, { pos: string[]; chunk?: string[] }>();

  /**
   * POS tags, and chunk tags when `withChunks`, of a sentence, from the cache when its words were
   * tagged before (the cache is emptied when it holds 20,000 sentences).
   */
  tagCached(words: string[], withChunks: boolean): { pos: string[]; chunk?: string[] } {
    const key = words.join('\u0001');
    let t = this.cache.get(key);
    if (t === undefined) {
      if (this.cache.size >= 20000) this.cache = new Map();
      t = { pos: this.pos(words) };
      this.cache.set(key, t);
    }
    if (withChunks && t.chunk === undefined) t.chunk = this.chunks(words, t.pos);
    return t;
  }
}
