import { BeamDecoder } from './beam';
import { KeyDecoder } from './keyDecoder';
import { BoundedCache } from './boundedCache';
import {
  CHUNK_POS_PAIRS, chunkHistoryKeys, chunkNeighbourKeys, chunkPairKeys, chunkPosKeys, chunkPosPairKeys, chunkPosTrigramKeys, chunkStaticKeys,
  chunkTagHistoryKeys, chunkWordHistoryKeys, chunkWordKeys, END, normalize, posHistoryKeys, posNeighbourKeys, posPairKeys, posStaticKeys, posTagHistoryKeys, posWordHistoryKeys, posWordKeys,
  sentenceForms, shapeOf, START, type SentenceForms,
} from './features';
import type { SyntaxModelFile } from './modelFile';
import { addSums, pack, SumTable, type PackedModel } from './packedModel';
import { KeyList, type KeyOut } from './keyList';
import { SentenceTags } from './sentenceTags';
import { WordVectors, type VectorHolder } from '../wordVectors';

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
 * What the taggers read of a word type, kept across sentences: the word, its normalized form and
 * shape, and per model where the summed weights of the keys that read only this word are (per
 * offset from the token that reads them: block `o + 2` of `nTags` scores for offset o in -2..2),
 * in that model's arena of word sums (`posSums`, `chunkSums`), made on first use.
 */
interface WordType {
  word: string;
  norm: string;
  shape: string;
  pos: SumsPlace;
  chunk: SumsPlace;
}

/** Where a word type's sums for one model are (see WordVectors). */
interface SumsPlace extends VectorHolder {
  readonly type: WordType;
}

/** A word type's place before it has its own (replaced at once: never read). */
const NO_PLACE = { vecAt: -1, vecGen: 0 } as SumsPlace;

/** The size of a tagger's cache of word types: at most twice `words` entries (see BoundedCache), and as many word sums per model. */
export interface SyntaxCacheLimits {
  words: number;
}

/**
 * The part-of-speech tagger and chunker. A token's score is a sum of weights over its feature keys;
 * the weights are integers, so sums of key groups can be kept and added instead (features.ts):
 * the keys of one word at one offset from the token are summed once per word type (a bounded
 * cache), those of the previous tags and of the POS tags around a chunked token once per tag
 * combination (fixed tables); only the keys that read two words, or a word and a tag, are looked
 * up per token. `posByKeys` and `chunksByKeys` look up every key: the same scores and tags.
 */
export class SyntaxTagger {
  /** The passes that look up every key (`posByKeys`, `chunksByKeys`), as in training. */
  private readonly byKeys: KeyDecoder;
  /** Scratch for the keys the cached passes look up per token or per new word. */
  private readonly list = new KeyList();
  /** The integer scores of one token's tags in the cached passes. */
  private readonly acc: Int32Array;
  private readonly chunkBeam: BeamDecoder;
  private readonly posBeam: BeamDecoder;

  private readonly posModel: PackedModel;
  private readonly chunkModel: PackedModel;

  /** Word types seen, by form. */
  private readonly words: BoundedCache<string, WordType>;
  /** Per model, the word types' sums (see WordType). */
  private readonly posSums: WordVectors<SumsPlace>;
  private readonly chunkSums: WordVectors<SumsPlace>;
  /** Per model, the word sums of a position past the sentence's ends (the start or end markers' keys). */
  private readonly posEdge: Int32Array;
  private readonly chunkEdge: Int32Array;
  /** Per model, the sums of the keys that read only the previous two tags, at `(c2 + 1) * (nTags + 1) + c1 + 1` (-1: the start). */
  private readonly posHistory: SumTable;
  private readonly chunkHistory: SumTable;
  /**
   * The chunker's sums of the keys that read one POS tag, at `(o + 2) * B + id` for offset o, and
   * a pair of them, at `(k * B + a) * B + b` for pair k of CHUNK_POS_PAIRS (`B` POS tag ids, see `posIds`).
   */
  private readonly chunkPosTag: SumTable;
  private readonly chunkPosPair: SumTable;
  /** POS tag ids: a tag's index, then the start and end markers. */
  private readonly posIds: Map<string, number>;
  /** Chunk tag ids: a tag's index. */
  private readonly chunkIds: Map<string, number>;

  constructor(
    readonly file: SyntaxModelFile,
    limits: SyntaxCacheLimits = { words: 8192 },
  ) {
    const maxTags = Math.max(file.pos.tags.length, file.chunk.tags.length);
    this.byKeys = new KeyDecoder(maxTags);
    this.acc = new Int32Array(maxTags);
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
    this.posHistory = SyntaxTagger.historySums(this.posModel, file.pos.tags, posTagHistoryKeys);
    this.chunkHistory = SyntaxTagger.historySums(this.chunkModel, file.chunk.tags, chunkTagHistoryKeys);
    this.posIds = new Map(file.pos.tags.map((t, k) => [t, k]));
    this.chunkIds = new Map(file.chunk.tags.map((t, k) => [t, k]));
    const B = file.pos.tags.length + 2;
    const posName = (id: number): string => file.pos.tags[id] ?? (id === B - 2 ? START : END);
    const nC = file.chunk.tags.length;
    this.chunkPosTag = new SumTable(this.chunkModel, nC, 5 * B, (cell, out) => chunkPosKeys(Math.floor(cell / B) - 2, posName(cell % B), out));
    this.chunkPosPair = new SumTable(this.chunkModel, nC, 3 * B * B, (cell, out) =>
      chunkPosPairKeys(Math.floor(cell / (B * B)), posName(Math.floor(cell / B) % B), posName(cell % B), out));
    this.words = new BoundedCache(limits.words);
    this.posSums = new WordVectors<SumsPlace>(5 * file.pos.tags.length, ({ type: e }, out, at) =>
      this.wordSumsInto(this.posModel, file.pos.tags.length, out, at, (o, keys) =>
        o === 0 ? posWordKeys(e.word, e.norm, e.shape, keys) : posNeighbourKeys(o, e.norm, e.shape, keys)));
    this.chunkSums = new WordVectors<SumsPlace>(5 * nC, ({ type: e }, out, at) =>
      this.wordSumsInto(this.chunkModel, nC, out, at, (o, keys) =>
        o === 0 ? chunkWordKeys(e.norm, e.shape, keys) : chunkNeighbourKeys(o, e.norm, e.shape, keys)));
    this.posSums.keep(2 * limits.words);
    this.chunkSums.keep(2 * limits.words);
  }

  /** Sums of the keys `keysAt(o, out)` gives for each offset o in -2..2, in blocks of `nTags`. */
  private wordSums(m: PackedModel, nTags: number, keysAt: (o: number, out: KeyOut) => void): Int32Array {
    const v = new Int32Array(5 * nTags);
    this.wordSumsInto(m, nTags, v, 0, keysAt);
    return v;
  }

  /** `wordSums`, added to out[at...]. */
  private wordSumsInto(m: PackedModel, nTags: number, out: Int32Array, at: number, keysAt: (o: number, out: KeyOut) => void): void {
    const list = this.list;
    for (let o = -2; o <= 2; o++) {
      list.clear();
      keysAt(o, list);
      addSums(m, list, out, at + (o + 2) * nTags);
    }
  }

  /** Sums of the keys that read only the previous two tags (see `posHistory`). */
  private static historySums(m: PackedModel, names: string[], keysOf: (c2: string | null, c1: string | null, out: KeyOut) => void): SumTable {
    const side = names.length + 1;
    return new SumTable(m, names.length, side * side, (cell, out) => {
      const c2 = Math.floor(cell / side) - 1;
      const c1 = (cell % side) - 1;
      keysOf(c2 < 0 ? null : names[c2], c1 < 0 ? null : names[c1], out);
    });
  }

  /** The cached entry of a word type. */
  private wordType(w: string): WordType {
    let e = this.words.get(w);
    if (e === undefined) {
      const type: WordType = { word: w, norm: normalize(w), shape: shapeOf(w), pos: NO_PLACE, chunk: NO_PLACE };
      type.pos = { vecAt: -1, vecGen: 0, type };
      type.chunk = { vecAt: -1, vecGen: 0, type };
      this.words.set(w, type);
      e = type;
    }
    return e;
  }

  /** The last sentence's word types: `chunks` reads the words `pos` has just read. */
  private last: { words: string[]; types: WordType[] } = { words: [], types: [] };

  /** The cached entries of a sentence's word types: at least those of its first `upTo` words. */
  private typesOf(words: string[], upTo = words.length): WordType[] {
    const last = this.last.words;
    // The same words (checked one by one: an array may be refilled between calls).
    if (last.length !== words.length || last.some((w, i) => w !== words[i])) this.last = { words: words.slice(), types: [] };
    const types = this.last.types;
    for (let i = types.length; i < upTo; i++) types.push(this.wordType(words[i]));
    return types;
  }

  /** A sentence's word forms, from the word types' cache (of the words `types` holds). */
  private forms(words: string[], types: WordType[]): SentenceForms {
    return { words, norm: types.map((e) => e.norm), shape: types.map((e) => e.shape) };
  }

  /**
   * Adds to `acc` the word sums of token `i`'s five-word window in a sentence of `n` words: block
   * o + 2 of the word at offset o (`data` from `at[i + o - base]`; the edge sums past the ends).
   */
  private static addWindow(acc: Int32Array, data: Int32Array, at: number[], base: number, n: number, edge: Int32Array, i: number, nTags: number): void {
    const j = i - base;
    const a2 = i >= 2 ? data : edge;
    const b2 = i >= 2 ? at[j - 2] : 0;
    const a1 = i >= 1 ? data : edge;
    const b1 = (i >= 1 ? at[j - 1] : 0) + nTags;
    const b0 = at[j] + 2 * nTags;
    const a3 = i + 1 < n ? data : edge;
    const b3 = (i + 1 < n ? at[j + 1] : 0) + 3 * nTags;
    const a4 = i + 2 < n ? data : edge;
    const b4 = (i + 2 < n ? at[j + 2] : 0) + 4 * nTags;
    for (let t = 0; t < nTags; t++) acc[t] += a2[b2 + t] + a1[b1 + t] + data[b0 + t] + a3[b3 + t] + a4[b4 + t];
  }

  /** POS tags of a sentence's words, every key looked up per token (the reference for `pos`). */
  posByKeys(words: string[], trace?: Float64Array[]): string[] {
    const f: SentenceForms = sentenceForms(words);
    return this.byKeys.decode(this.posModel, this.posBeam, this.file.pos.tags, words.length,
      (i, out) => posStaticKeys(f, i, out),
      (i, c2, c1, out) => posHistoryKeys(f, i, c2, c1, out), true, trace);
  }

  /** Chunk tags of a sentence's words given their POS tags, every key looked up per token (the reference for `chunks`). */
  chunksByKeys(words: string[], pos: string[], trace?: Float64Array[]): string[] {
    const f = sentenceForms(words);
    return this.byKeys.decode(this.chunkModel, this.chunkBeam, this.file.chunk.tags, words.length,
      (i, out) => chunkStaticKeys(f, pos, i, out),
      (i, c2, c1, out) => chunkHistoryKeys(f, pos, i, c2, c1, out), false, trace);
  }

  /** POS tags of a sentence's words (`posPrefix` of all of them); `trace` (tests) receives each token's tag scores. */
  pos(words: string[], trace?: Float64Array[]): string[] {
    return this.posPrefix(words, [], words.length, trace);
  }

  /**
   * Extends `tags`, the POS tags of the first words (from this method), to the first `upTo`,
   * greedily left to right: a token's score is its window's cached word sums, the cached sums of
   * the keys of the previous two tags, and the lookups of the keys that read two words, or a word
   * and the previous tag (the scores, and tags, of `posByKeys`). No tag reads a later one, so a
   * prefix is that of the whole sentence's tags (claims/wordTags.ts tags only what rules read).
   */
  posPrefix(words: string[], tags: string[], upTo: number, trace?: Float64Array[]): string[] {
    const names = this.file.pos.tags;
    const nTags = names.length;
    const n = words.length;
    const end = Math.min(upTo, n);
    if (tags.length >= end) return tags;
    // The words the new tags read: two either side of them.
    const lo = Math.max(0, tags.length - 2);
    const hi = Math.min(n, end + 2);
    const types = this.typesOf(words, hi);
    const at = this.posSums.allAt(types.slice(lo, hi).map((e) => e.pos));
    const data = this.posSums.data;
    const f = this.forms(words, types);
    const { list, acc } = this;
    let c2 = tags.length >= 2 ? (this.posIds.get(tags[tags.length - 2]) as number) : -1;
    let c1 = tags.length >= 1 ? (this.posIds.get(tags[tags.length - 1]) as number) : -1;
    for (let i = tags.length; i < end; i++) {
      this.posHistory.set((c2 + 1) * (nTags + 1) + c1 + 1, acc);
      SyntaxTagger.addWindow(acc, data, at, lo, n, this.posEdge, i, nTags);
      list.clear();
      posPairKeys(f, i, list);
      posWordHistoryKeys(f, i, c1 < 0 ? null : names[c1], list);
      addSums(this.posModel, list, acc);
      let b = 0;
      for (let t = 1; t < nTags; t++) if (acc[t] > acc[b]) b = t;
      tags.push(names[b]);
      trace?.push(Float64Array.from(acc.subarray(0, nTags)));
      c2 = c1;
      c1 = b;
    }
    return tags;
  }

  /**
   * The ids (see `posIds`) of a sentence's POS tags, after two start markers and before two end
   * markers (token i's tag at i + 2); undefined when a tag is not one of the model's.
   */
  private posIdsOf(pos: string[]): Int32Array | undefined {
    const nP = this.file.pos.tags.length;
    const ids = new Int32Array(pos.length + 4).fill(nP + 1);
    ids[0] = ids[1] = nP;
    for (let k = 0; k < pos.length; k++) {
      const id = this.posIds.get(pos[k]);
      if (id === undefined) return undefined;
      ids[k + 2] = id;
    }
    return ids;
  }

  /** Adds the chunker's sums of the keys that read one or two of the POS tags around token i (`ids`: see `posIdsOf`). */
  private addPosTags(ids: Int32Array, i: number, acc: Int32Array): void {
    const B = this.file.pos.tags.length + 2;
    for (let o = -2; o <= 2; o++) this.chunkPosTag.add((o + 2) * B + ids[i + 2 + o], acc);
    for (let k = 0; k < CHUNK_POS_PAIRS.length; k++) {
      const [a, b] = CHUNK_POS_PAIRS[k];
      this.chunkPosPair.add((k * B + ids[i + 2 + a]) * B + ids[i + 2 + b], acc);
    }
  }

  /** Chunk tags (IOB2) of a sentence's words given their POS tags (`chunkPrefix` of all of them). */
  chunks(words: string[], pos: string[], trace?: Float64Array[]): string[] {
    return this.chunkPrefix(words, pos, [], words.length, trace);
  }

  /**
   * Extends `tags`, the chunk tags of the first words (from this method), to the first `upTo`;
   * `I-X` only after `B-X` or `I-X`. A token's tag reads the POS tags up to two words after it:
   * `pos` is extended (`posPrefix`) when it holds fewer and is the tagger's own. With the beam of
   * width 1 (the shipped model's), greedy from sums cached as in `posPrefix`, and the cached sums
   * of the keys of the POS tags around a token: the tags of `chunksByKeys`, and no tag reads a
   * later one, so a prefix is that of the whole sentence's tags. A wider beam (beam.ts), as in
   * training, goes through `chunksByKeys` on the whole sentence. `trace` (tests) receives each
   * token's tag scores.
   */
  chunkPrefix(words: string[], pos: string[], tags: string[], upTo: number, trace?: Float64Array[]): string[] {
    const n = words.length;
    const end = Math.min(upTo, n);
    if (tags.length >= end) return tags;
    const wide = this.chunkBeam.width !== 1;
    if (pos.length < n) this.posPrefix(words, pos, wide ? n : end + 2);
    const ids = this.posIdsOf(pos);
    if (wide || ids === undefined) {
      const all = this.chunksByKeys(words, pos, trace);
      for (let i = tags.length; i < end; i++) tags.push(all[i]);
      return tags;
    }
    const names = this.file.chunk.tags;
    const nTags = names.length;
    const lo = Math.max(0, tags.length - 2);
    const hi = Math.min(n, end + 2);
    const types = this.typesOf(words, hi);
    const at = this.chunkSums.allAt(types.slice(lo, hi).map((e) => e.chunk));
    const data = this.chunkSums.data;
    const f = this.forms(words, types);
    const { list, acc } = this;
    let c2 = tags.length >= 2 ? (this.chunkIds.get(tags[tags.length - 2]) as number) : -1;
    let c1 = tags.length >= 1 ? (this.chunkIds.get(tags[tags.length - 1]) as number) : -1;
    for (let i = tags.length; i < end; i++) {
      this.chunkHistory.set((c2 + 1) * (nTags + 1) + c1 + 1, acc);
      SyntaxTagger.addWindow(acc, data, at, lo, n, this.chunkEdge, i, nTags);
      this.addPosTags(ids, i, acc);
      list.clear();
      chunkPosTrigramKeys(pos, i, list);
      chunkPairKeys(f, pos, i, list);
      chunkWordHistoryKeys(f, pos, i, c1 < 0 ? null : names[c1], list);
      addSums(this.chunkModel, list, acc);
      let b = -1;
      for (let t = 0; t < nTags; t++) if ((b < 0 || acc[t] > acc[b]) && this.chunkBeam.allowed(c1, t)) b = t;
      tags.push(names[b]);
      trace?.push(Float64Array.from(acc.subarray(0, nTags)));
      c2 = c1;
      c1 = b;
    }
    return tags;
  }

  tag(words: string[]): SyntaxTags {
    const pos = this.pos(words);
    return { pos, chunk: this.chunks(words, pos) };
  }

  /**
   * Tags of sentences already seen (sentenceTags.ts): `sentences.tag` tags a whole sentence,
   * `entry` and `posUpTo` only its first words.
   */
  readonly sentences = new SentenceTags(this);

  /** Empties the word types and the sentence cache (they fill again as sentences are tagged). */
  clearCaches(): void {
    this.words.clear();
    this.posSums.clear();
    this.chunkSums.clear();
    this.sentences.clear();
    this.last = { words: [], types: [] };
  }
}
