import { BeamDecoder, type StepScorer } from './beam';
import { BoundedCache } from './boundedCache';
import {
  chunkHistoryKeys, chunkNeighbourKeys, chunkPairKeys, chunkStaticKeys, chunkTagHistoryKeys, chunkTagKeys, chunkWordHistoryKeys, chunkWordKeys,
  NEIGHBOURS, normalize, posHistoryKeys, posNeighbourKeys, posPairKeys, posStaticKeys, posTagHistoryKeys, posWordHistoryKeys, posWordKeys,
  sentenceForms, shapeOf, type SentenceForms,
} from './features';
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

/** Adds a model's weights for `keys` to `scores`. */
function addScores(m: PackedModel, keys: number[], scores: Float64Array): void {
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

/** A model's weights for `keys` into `scores`. */
function score(m: PackedModel, keys: number[], scores: Float64Array): void {
  scores.fill(0);
  addScores(m, keys, scores);
}

/**
 * Writes a model's summed weights for `keys` to `into[at..at + nTags)`, as integers: the weights
 * are integers, so a sum taken once and added later gives the very scores of adding its keys one
 * by one.
 */
function sumInto(m: PackedModel, keys: number[], scratch: Float64Array, nTags: number, into: Int32Array, at: number): void {
  score(m, keys, scratch);
  for (let t = 0; t < nTags; t++) into[at + t] = scratch[t];
}

/**
 * What the taggers read of a word type, kept across sentences: its normalized form and shape, and
 * per model the summed weights of the keys that read only this word, per offset from the token
 * that reads them (block `o + 2` of `nTags` scores for offset o in -2..2), made on first use.
 */
interface WordType {
  norm: string;
  shape: string;
  pos?: Int32Array;
  chunk?: Int32Array;
}

/** A tagger's caches of sums: each holds at most twice its limit (see BoundedCache), about 1.5 KB per word type and 100 bytes per POS window. */
export interface SyntaxCacheLimits {
  words: number;
  posWindows: number;
}

export class SyntaxTagger {
  private readonly keys: number[] = [];
  private readonly more: number[] = [];
  /** Scores of one token's tags (the longer tag list's length). */
  private readonly scores: Float64Array;
  /** Scores of keys summed for a cache while `scores` holds a token's. */
  private readonly scratch: Float64Array;
  private readonly chunkBeam: BeamDecoder;
  private readonly posBeam: BeamDecoder;

  private readonly posModel: PackedModel;
  private readonly chunkModel: PackedModel;

  /** Word types seen, by form. */
  private readonly words: BoundedCache<string, WordType>;
  /** Per model, the word sums of a position past the sentence's ends (the start or end markers' keys). */
  private readonly posEdge: Int32Array;
  private readonly chunkEdge: Int32Array;
  /** Per model, the sums of the keys that read only the previous two tags, at `(c2 + 1) * (nTags + 1) + c1 + 1` (-1: the start). */
  private readonly posHistory: Int32Array[];
  private readonly chunkHistory: Int32Array[];
  /** The chunker's sums of the keys that read only the POS tags i-2..i+2, by their ids (see `windowId`). */
  private readonly posWindows: BoundedCache<number, Int32Array>;
  /** POS tag ids for the window ids: a tag's index (the start and end markers after them). */
  private readonly posIds: Map<string, number>;

  constructor(
    readonly file: SyntaxModelFile,
    private readonly limits: SyntaxCacheLimits = { words: 8192, posWindows: 16384 },
  ) {
    this.scores = new Float64Array(Math.max(file.pos.tags.length, file.chunk.tags.length));
    this.scratch = new Float64Array(this.scores.length);
    this.posModel = pack(file.pos);
    this.chunkModel = pack(file.chunk);
    const inside = file.chunk.tags.map((t) => (t.startsWith('I-') ? t.slice(2) : ''));
    const type = file.chunk.tags.map((t) => (t === 'O' ? '' : t.slice(2)));
    const allowed = (prev: number, t: number): boolean => inside[t] === '' || (prev >= 0 && inside[t] === type[prev]);
    // The beam width the chunker was trained with (file meta; 1, greedy, in files before it).
    this.posBeam = new BeamDecoder(file.pos.tags.length, 1, () => true);
    this.chunkBeam = new BeamDecoder(file.chunk.tags.length, Number(file.meta.chunkBeam ?? 1), allowed);
    this.posEdge = this.wordSums(this.posModel, file.pos.tags.length, (o, out) => posNeighbourKeys(o, null, null, out));
    this.chunkEdge = this.wordSums(this.chunkModel, file.chunk.tags.length, (o, out) => chunkNeighbourKeys(o, null, null, out));
    this.posHistory = this.historySums(this.posModel, file.pos.tags, posTagHistoryKeys);
    this.chunkHistory = this.historySums(this.chunkModel, file.chunk.tags, chunkTagHistoryKeys);
    this.posIds = new Map(file.pos.tags.map((t, k) => [t, k]));
    this.words = new BoundedCache(limits.words);
    this.posWindows = new BoundedCache(limits.posWindows);
  }

  /** Sums of the keys `keysAt(o, out)` gives for each offset o in -2..2, in blocks of `nTags`. */
  private wordSums(m: PackedModel, nTags: number, keysAt: (o: number, out: number[]) => void): Int32Array {
    const v = new Int32Array(5 * nTags);
    for (let o = -2; o <= 2; o++) {
      this.keys.length = 0;
      keysAt(o, this.keys);
      sumInto(m, this.keys, this.scratch, nTags, v, (o + 2) * nTags);
    }
    return v;
  }

  /** Sums of the keys that read only the previous two tags, for every pair (see `posHistory`). */
  private historySums(m: PackedModel, names: string[], keysOf: (c2: string | null, c1: string | null, out: number[]) => void): Int32Array[] {
    const out: Int32Array[] = [];
    for (let c2 = -1; c2 < names.length; c2++) {
      for (let c1 = -1; c1 < names.length; c1++) {
        this.keys.length = 0;
        keysOf(c2 < 0 ? null : names[c2], c1 < 0 ? null : names[c1], this.keys);
        const v = new Int32Array(names.length);
        sumInto(m, this.keys, this.scratch, names.length, v, 0);
        out.push(v);
      }
    }
    return out;
  }

  /** The cached entry of a word type. */
  private wordType(w: string): WordType {
    let e = this.words.get(w);
    if (e === undefined) {
      e = { norm: normalize(w), shape: shapeOf(w) };
      this.words.set(w, e);
    }
    return e;
  }

  /** The POS sums of a word type (see `WordType`). */
  private posSums(w: string, e: WordType): Int32Array {
    e.pos ??= this.wordSums(this.posModel, this.file.pos.tags.length, (o, out) =>
      o === 0 ? posWordKeys(w, e.norm, e.shape, out) : posNeighbourKeys(o, e.norm, e.shape, out));
    return e.pos;
  }

  /** The chunk sums of a word type (see `WordType`). */
  private chunkSums(e: WordType): Int32Array {
    e.chunk ??= this.wordSums(this.chunkModel, this.file.chunk.tags.length, (o, out) =>
      o === 0 ? chunkWordKeys(e.norm, e.shape, out) : chunkNeighbourKeys(o, e.norm, e.shape, out));
    return e.chunk;
  }

  /** A sentence's word forms, from the word types' cache. */
  private forms(words: string[], types: WordType[]): SentenceForms {
    return { words, norm: types.map((e) => e.norm), shape: types.map((e) => e.shape) };
  }

  /**
   * Adds to `acc` the word sums of token `i`'s five-word window: block o + 2 of the word at offset
   * o (the edge sums past the sentence's ends).
   */
  private static addWindow(acc: Float64Array, sums: Int32Array[], edge: Int32Array, i: number, nTags: number): void {
    const n = sums.length;
    const m2 = i >= 2 ? sums[i - 2] : edge;
    const m1 = i >= 1 ? sums[i - 1] : edge;
    const c0 = sums[i];
    const p1 = i + 1 < n ? sums[i + 1] : edge;
    const p2 = i + 2 < n ? sums[i + 2] : edge;
    for (let t = 0; t < nTags; t++) acc[t] += m2[t] + m1[nTags + t] + c0[2 * nTags + t] + p1[3 * nTags + t] + p2[4 * nTags + t];
  }

  /**
   * The tags of one pass over a sentence: the beam over scores summed from `model` (beam.ts), or
   * with width 1 its greedy equivalent in one lookup loop per token. Every key is looked up for
   * every token: the reference the cached passes (`pos`, `chunks`) give the same tags as.
   */
  private decode(
    model: PackedModel,
    beam: BeamDecoder,
    names: string[],
    n: number,
    staticKeys: (i: number, out: number[]) => void,
    historyKeys: (i: number, c2: string | null, c1: string | null, out: number[]) => void,
    trace?: Float64Array[],
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
        trace?.push(scores.slice(0, names.length));
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

  /** POS tags of a sentence's words, every key looked up per token (the reference for `pos`). */
  posByKeys(words: string[], trace?: Float64Array[]): string[] {
    const f: SentenceForms = sentenceForms(words);
    return this.decode(this.posModel, this.posBeam, this.file.pos.tags, words.length,
      (i, out) => posStaticKeys(f, i, out),
      (i, c2, c1, out) => posHistoryKeys(f, i, c2, c1, out), trace);
  }

  /** Chunk tags of a sentence's words given their POS tags, every key looked up per token (the reference for `chunks`). */
  chunksByKeys(words: string[], pos: string[], trace?: Float64Array[]): string[] {
    const f = sentenceForms(words);
    return this.decode(this.chunkModel, this.chunkBeam, this.file.chunk.tags, words.length,
      (i, out) => chunkStaticKeys(f, pos, i, out),
      (i, c2, c1, out) => chunkHistoryKeys(f, pos, i, c2, c1, out), trace);
  }

  /**
   * POS tags of a sentence's words, greedily left to right. A token's score is its window's cached
   * word sums, the cached sums of the keys of the previous two tags, and the lookups of the keys
   * that read two words, or a word and the previous tag: the scores, and tags, of `posByKeys`.
   * `trace` (tests) receives each token's tag scores.
   */
  pos(words: string[], trace?: Float64Array[]): string[] {
    const names = this.file.pos.tags;
    const nTags = names.length;
    const types = words.map((w) => this.wordType(w));
    const sums = types.map((e, i) => e.pos ?? this.posSums(words[i], e));
    const f = this.forms(words, types);
    const { keys, scores } = this;
    const tags: string[] = [];
    let c2 = -1;
    let c1 = -1;
    for (let i = 0; i < words.length; i++) {
      scores.set(this.posHistory[(c2 + 1) * (nTags + 1) + c1 + 1]);
      SyntaxTagger.addWindow(scores, sums, this.posEdge, i, nTags);
      keys.length = 0;
      posPairKeys(f, i, keys);
      posWordHistoryKeys(f, i, c1 < 0 ? null : names[c1], keys);
      addScores(this.posModel, keys, scores);
      let b = 0;
      for (let t = 1; t < nTags; t++) if (scores[t] > scores[b]) b = t;
      tags.push(names[b]);
      trace?.push(scores.slice(0, nTags));
      c2 = c1;
      c1 = b;
    }
    return tags;
  }

  /** The POS tags' ids (see `posIds`), or undefined when one is not a tag of the model. */
  private posIdsOf(pos: string[]): Int32Array | undefined {
    const ids = new Int32Array(pos.length);
    for (let k = 0; k < pos.length; k++) {
      const id = this.posIds.get(pos[k]);
      if (id === undefined) return undefined;
      ids[k] = id;
    }
    return ids;
  }

  /**
   * Adds the chunker's weights of the keys that read only the POS tags around token i, cached by
   * the tags' ids at i-2..i+2 (the start and end markers past the sentence's ends).
   */
  private addPosWindow(pos: string[], ids: Int32Array, i: number, acc: Float64Array): void {
    const nP = this.file.pos.tags.length;
    let id = 0;
    for (let k = i - 2; k <= i + 2; k++) id = id * (nP + 2) + (k < 0 ? nP : k >= ids.length ? nP + 1 : ids[k]);
    let v = this.posWindows.get(id);
    if (v === undefined) {
      this.keys.length = 0;
      chunkTagKeys(pos, i, this.keys);
      v = new Int32Array(this.file.chunk.tags.length);
      sumInto(this.chunkModel, this.keys, this.scratch, v.length, v, 0);
      this.posWindows.set(id, v);
    }
    for (let t = 0; t < v.length; t++) acc[t] += v[t];
  }

  /**
   * Chunk tags (IOB2) of a sentence's words given their POS tags; `I-X` only after `B-X` or `I-X`.
   * With the beam of width 1 (the shipped model's), greedy from sums cached as in `pos`, and the
   * cached sums of the keys of the POS tags around a token: the tags of `chunksByKeys`; a wider
   * beam (beam.ts), as in training, goes through `chunksByKeys`. `trace` (tests) receives each
   * token's tag scores.
   */
  chunks(words: string[], pos: string[], trace?: Float64Array[]): string[] {
    const ids = this.posIdsOf(pos);
    if (this.chunkBeam.width !== 1 || ids === undefined) return this.chunksByKeys(words, pos, trace);
    const names = this.file.chunk.tags;
    const nTags = names.length;
    const types = words.map((w) => this.wordType(w));
    const sums = types.map((e) => e.chunk ?? this.chunkSums(e));
    const f = this.forms(words, types);
    const { keys, scores } = this;
    const tags: string[] = [];
    let c2 = -1;
    let c1 = -1;
    for (let i = 0; i < words.length; i++) {
      scores.set(this.chunkHistory[(c2 + 1) * (nTags + 1) + c1 + 1]);
      SyntaxTagger.addWindow(scores, sums, this.chunkEdge, i, nTags);
      this.addPosWindow(pos, ids, i, scores);
      keys.length = 0;
      chunkPairKeys(f, pos, i, keys);
      chunkWordHistoryKeys(f, pos, i, c1 < 0 ? null : names[c1], keys);
      addScores(this.chunkModel, keys, scores);
      let b = -1;
      for (let t = 0; t < nTags; t++) if ((b < 0 || scores[t] > scores[b]) && this.chunkBeam.allowed(c1, t)) b = t;
      tags.push(names[b]);
      trace?.push(scores.slice(0, nTags));
      c2 = c1;
      c1 = b;
    }
    return tags;
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
