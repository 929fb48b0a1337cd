import type { SparseModel } from './modelFile';
import { KeyList, type KeyOut } from './keyList';

/**
 * A sparse model laid out for lookups: each table slot holds its key and its row packed as
 * `offset << 8 | count`, and each weight is packed with its tag (`weight << 8 | tag`), so that a
 * key costs two memory reads (slot, weights) instead of four: tagging is bound by cache misses.
 */
export interface PackedModel {
  slots: Int32Array;
  mask: number;
  pairs: Int32Array;
  /** One bit per hash of each key (2^20 bits, 128 KB): most keys a model lacks are answered here, in cache. */
  filter: Int32Array;
}

function filterBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 12;
}

export function pack(m: SparseModel): PackedModel {
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

/** The row of `key` (`offset << 8 | count` in `pairs`), or -1 when the model has no weights for it. */
function rowOf(m: PackedModel, key: number): number {
  const b = filterBit(key);
  if ((m.filter[b >>> 5] & (1 << (b & 31))) === 0) return -1;
  const { slots, mask } = m;
  for (let s = key & mask; ; s = (s + 1) & mask) {
    const r = slots[2 * s + 1];
    if (r === -1 || slots[2 * s] === key) return r;
  }
}

/** Adds a model's weights for `keys` to `scores`. */
export function addScores(m: PackedModel, keys: number[], scores: Float64Array): void {
  const pairs = m.pairs;
  for (let k = 0; k < keys.length; k++) {
    const row = rowOf(m, keys[k] | 0);
    if (row < 0) continue;
    for (let j = row >>> 8, e = j + (row & 255); j < e; j++) {
      const p = pairs[j];
      scores[p & 255] += p >> 8;
    }
  }
}

/** A model's weights for `keys` into `scores`. */
export function score(m: PackedModel, keys: number[], scores: Float64Array): void {
  scores.fill(0);
  addScores(m, keys, scores);
}

/**
 * Adds a model's weights for `keys` to `acc[at + tag]`, as integers: the weights are integers, so
 * a sum kept and added later gives the very scores of adding its keys one by one.
 */
export function addSums(m: PackedModel, list: KeyList, acc: Int32Array, at = 0): void {
  const pairs = m.pairs;
  const keys = list.data;
  for (let k = 0, n = list.length; k < n; k++) {
    const row = rowOf(m, keys[k] | 0);
    if (row < 0) continue;
    for (let j = row >>> 8, e = j + (row & 255); j < e; j++) {
      const p = pairs[j];
      acc[at + (p & 255)] += p >> 8;
    }
  }
}

/**
 * Sums of a model's weights over the keys of each cell of a table (a tag, a pair of tags, ...),
 * each summed on first use: a fixed size, whatever the text.
 */
export class SumTable {
  private readonly sums: Int32Array;
  private readonly filled: Uint8Array;
  private readonly keys = new KeyList();

  /** `keysOf(cell, out)` appends the keys of a cell in 0..cells-1. */
  constructor(
    private readonly m: PackedModel,
    private readonly nTags: number,
    cells: number,
    private readonly keysOf: (cell: number, out: KeyOut) => void,
  ) {
    this.sums = new Int32Array(cells * nTags);
    this.filled = new Uint8Array(cells);
  }

  /** The sums of a cell, at `cell * nTags` in the returned array. */
  private of(cell: number): Int32Array {
    if (this.filled[cell] === 0) {
      this.keys.clear();
      this.keysOf(cell, this.keys);
      addSums(this.m, this.keys, this.sums, cell * this.nTags);
      this.filled[cell] = 1;
    }
    return this.sums;
  }

  /** Sets `acc` to the sums of `cell`. */
  set(cell: number, acc: Int32Array): void {
    const sums = this.of(cell);
    for (let t = 0, o = cell * this.nTags; t < this.nTags; t++) acc[t] = sums[o + t];
  }

  /** Adds the sums of `cell` to `acc`. */
  add(cell: number, acc: Int32Array): void {
    const sums = this.of(cell);
    for (let t = 0, o = cell * this.nTags; t < this.nTags; t++) acc[t] += sums[o + t];
  }
}
