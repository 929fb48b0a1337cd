import { chunkKeys, posKeys, sentenceForms } from './features';
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
function score(m: PackedModel, keys: number[], scores: Int32Array): void {
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

function best(scores: Int32Array, allowed?: (t: number) => boolean): number {
  let bi = -1;
  for (let t = 0; t < scores.length; t++) {
    if (allowed && !allowed(t)) continue;
    if (bi < 0 || scores[t] > scores[bi]) bi = t;
  }
  return bi;
}

export class SyntaxTagger {
  private readonly posScores: Int32Array;
  private readonly chunkScores: Int32Array;
  private readonly keys: number[] = [];
  /** Per chunk tag: its type for an `I-` tag (else ''), and whether it may follow each type. */
  private readonly inside: string[];
  private readonly chunkType: string[];

  private readonly posModel: PackedModel;
  private readonly chunkModel: PackedModel;

  constructor(readonly file: SyntaxModelFile) {
    this.posModel = pack(file.pos);
    this.chunkModel = pack(file.chunk);
    this.posScores = new Int32Array(file.pos.tags.length);
    this.chunkScores = new Int32Array(file.chunk.tags.length);
    this.inside = file.chunk.tags.map((t) => (t.startsWith('I-') ? t.slice(2) : ''));
    this.chunkType = file.chunk.tags.map((t) => (t === 'O' ? '' : t.slice(2)));
  }

  /** POS tags of a sentence's words. */
  pos(words: string[]): string[] {
    const f = sentenceForms(words);
    const tags: string[] = [];
    const names = this.file.pos.tags;
    for (let i = 0; i < words.length; i++) {
      posKeys(f, i, tags, this.keys);
      score(this.posModel, this.keys, this.posScores);
      tags.push(names[best(this.posScores)]);
    }
    return tags;
  }

  /** Chunk tags (IOB2) of a sentence's words given their POS tags; `I-X` only after `B-X` or `I-X`. */
  chunks(words: string[], pos: string[]): string[] {
    const f = sentenceForms(words);
    const tags: string[] = [];
    const names = this.file.chunk.tags;
    let prevType = '';
    const allowed = (t: number): boolean => this.inside[t] === '' || this.inside[t] === prevType;
    for (let i = 0; i < words.length; i++) {
      chunkKeys(f, pos, i, tags, this.keys);
      score(this.chunkModel, this.keys, this.chunkScores);
      const t = best(this.chunkScores, allowed);
      tags.push(names[t]);
      prevType = this.chunkType[t];
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
