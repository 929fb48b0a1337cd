import { FNV_OFFSET, fnv1a } from '../fnv';
import type { KeyOut } from './keyList';

/**
 * Feature keys of the part-of-speech tagger and the chunker (both greedy, left to right, one pass
 * over a sentence each). A key is the FNV-1a hash of a template id and its value: the model stores
 * weights only for keys seen in training, so a key's string never has to be kept.
 */

/** Template ids (one code unit each, hashed before the value). */
const T = {
  bias: 'a', word: 'b', lower: 'c', suf1: 'd', suf2: 'e', suf3: 'f', suf4: 'g', pre1: 'h', pre2: 'i', pre3: 'j',
  shape: 'k', first: 'l', prev1: 'm', prev2: 'n', next1: 'o', next2: 'p', prevSuf: 'q', nextSuf: 'r',
  tag1: 's', tag12: 't', tag1word: 'u', nextShape: 'v', wordNext: 'w', prevWord: 'x', nextSuf2: 'y', tag1suf: 'z',
  // chunker
  cw: 'A', cp0: 'B', cpm1: 'C', cpm2: 'D', cpp1: 'E', cpp2: 'F', cpm1p0: 'G', cp0p1: 'H', cc1: 'I', cc12: 'J',
  cc1p0: 'K', cwm1: 'L', cwp1: 'M', cc1pm1p0: 'N', cpm2pm1p0: 'O', cp0p1p2: 'P', cc1w: 'Q', cwp0: 'R', cwm1p0: 'S',
  cwp1p0: 'U', cpm1p1: 'V', cwm2: 'W', cwp2: 'X', cc1p1: 'Y', csuf: 'Z', cwm1w: '0', cww1: '1', cshm1: '2', cshp1: '3',
  cshp0: '4', cc1sh: '5',
} as const;

function key(template: string, value: string): number {
  return fnv1a(fnv1a(FNV_OFFSET, template), value) >>> 0;
}

function key2(template: string, a: string, b: string): number {
  return fnv1a(fnv1a(fnv1a(fnv1a(FNV_OFFSET, template), a), '\u0001'), b) >>> 0;
}

function key3(template: string, a: string, b: string, c: string): number {
  return fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(fnv1a(FNV_OFFSET, template), a), '\u0001'), b), '\u0001'), c) >>> 0;
}

/** Digits folded to `0`, lower case: the form a word's lexical features read. */
export function normalize(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

/** Word shape: runs of upper `X`, lower `x`, digit `d`, other characters kept, each run once. */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = word[i];
    const s = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : /\p{Lu}/u.test(c) ? 'X' : /\p{L}/u.test(c) ? 'x' : c;
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** Per-sentence word forms the feature functions read (computed once per sentence). */
export interface SentenceForms {
  words: string[];
  norm: string[];
  shape: string[];
}

export function sentenceForms(words: string[]): SentenceForms {
  return { words, norm: words.map(normalize), shape: words.map(shapeOf) };
}

export const START = '<s>';
export const END = '</s>';

/*
 * The static keys of a token come in groups by what they read, so that the tagger can sum the
 * weights of a group once and reuse the sum (tagger.ts): the token's own word (`...WordKeys`),
 * one neighbouring word at a given offset (`...NeighbourKeys`), the POS tags around it (the
 * chunker's `chunkTagKeys`), and the rest, read per token (`...PairKeys`). The groups together
 * are exactly the token's static keys (`posStaticKeys`, `chunkStaticKeys`, used in training).
 */

/** Part-of-speech keys that read only the token's own word: its form `w`, normalized form `n` and shape (appended to `out`). */
export function posWordKeys(w: string, n: string, shape: string, out: KeyOut): void {
  out.push(key(T.bias, ''));
  out.push(key(T.word, w));
  out.push(key(T.lower, n));
  out.push(key(T.suf1, n.slice(-1)));
  out.push(key(T.suf2, n.slice(-2)));
  out.push(key(T.suf3, n.slice(-3)));
  if (n.length > 4) out.push(key(T.suf4, n.slice(-4)));
  out.push(key(T.pre1, n.slice(0, 1)));
  if (n.length > 2) out.push(key(T.pre2, n.slice(0, 2)));
  if (n.length > 3) out.push(key(T.pre3, n.slice(0, 3)));
  out.push(key(T.shape, shape));
}

/**
 * Part-of-speech keys that read only the word at offset `o` (-2, -1, 1 or 2) from the token, by its
 * normalized form `n` and shape; null for both past the sentence's ends (appended to `out`).
 */
export function posNeighbourKeys(o: number, n: string | null, shape: string | null, out: KeyOut): void {
  if (o === -2) out.push(key(T.prev2, n ?? START));
  else if (o === -1) {
    out.push(key(T.prev1, n ?? START));
    out.push(key(T.prevSuf, n === null ? START : n.slice(-3)));
  } else if (o === 1) {
    out.push(key(T.next1, n ?? END));
    out.push(key(T.nextSuf, n === null ? END : n.slice(-3)));
    out.push(key(T.nextShape, shape ?? END));
    out.push(key(T.nextSuf2, n === null ? END : n.slice(-2)));
  } else if (o === 2) out.push(key(T.next2, n ?? END));
}

/** Part-of-speech keys of token `i` that read two words, or its place in the sentence (appended to `out`). */
export function posPairKeys(f: SentenceForms, i: number, out: KeyOut): void {
  const n = f.norm[i];
  if (i === 0) out.push(key(T.first, f.shape[i]));
  out.push(key2(T.wordNext, n, i + 1 < f.words.length ? f.norm[i + 1] : END));
  out.push(key2(T.prevWord, i > 0 ? f.norm[i - 1] : START, n));
}

/** The word at offset `o` from token `i`, as (normalized form, shape), or nulls past the sentence's ends. */
function neighbour(f: SentenceForms, i: number, o: number): [string | null, string | null] {
  const j = i + o;
  return j >= 0 && j < f.words.length ? [f.norm[j], f.shape[j]] : [null, null];
}

/** Keys of the part-of-speech features of token `i` that do not read the tags before it. */
export function posStaticKeys(f: SentenceForms, i: number, out: number[]): void {
  out.length = 0;
  posWordKeys(f.words[i], f.norm[i], f.shape[i], out);
  for (const o of NEIGHBOURS) posNeighbourKeys(o, ...neighbour(f, i, o), out);
  posPairKeys(f, i, out);
}

/** The offsets of the neighbouring words the static keys read. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/** Keys of the part-of-speech features of token `i` that read the tags of the two tokens before it (null before the start). */
export function posHistoryKeys(f: SentenceForms, i: number, tag2: string | null, tag1: string | null, out: number[]): void {
  out.length = 0;
  posTagHistoryKeys(tag2, tag1, out);
  posWordHistoryKeys(f, i, tag1, out);
}

/** Part-of-speech history keys that read only the two previous tags (appended to `out`). */
export function posTagHistoryKeys(tag2: string | null, tag1: string | null, out: KeyOut): void {
  const t1 = tag1 ?? START;
  out.push(key(T.tag1, t1));
  out.push(key2(T.tag12, tag2 ?? START, t1));
}

/** Part-of-speech history keys that read the previous tag and token `i`'s word (appended to `out`). */
export function posWordHistoryKeys(f: SentenceForms, i: number, tag1: string | null, out: KeyOut): void {
  const n = f.norm[i];
  const t1 = tag1 ?? START;
  out.push(key2(T.tag1word, t1, n));
  out.push(key2(T.tag1suf, t1, n.slice(-3)));
}

/** Chunk keys that read only the token's own word: its normalized form `n` and shape (appended to `out`). */
export function chunkWordKeys(n: string, shape: string, out: KeyOut): void {
  out.push(key(T.cw, n));
  out.push(key(T.shape, shape));
  // Lexical features that do not go through the POS tags, so that a tagging error costs less.
  out.push(key(T.csuf, n.slice(-3)));
}

/** Chunk keys that read only the word at offset `o` (-2, -1, 1 or 2) from the token; nulls past the sentence's ends (appended to `out`). */
export function chunkNeighbourKeys(o: number, n: string | null, shape: string | null, out: KeyOut): void {
  if (o === -2) out.push(key(T.cwm2, n ?? START));
  else if (o === -1) {
    out.push(key(T.cwm1, n ?? START));
    out.push(key(T.cshm1, shape ?? START));
  } else if (o === 1) {
    out.push(key(T.cwp1, n ?? END));
    out.push(key(T.cshp1, shape ?? END));
  } else if (o === 2) out.push(key(T.cwp2, n ?? END));
}

/** The POS tag at `k` of a sentence's tags, or the start or end marker past its ends. */
function posAt(pos: string[], k: number): string {
  return k < 0 ? START : k >= pos.length ? END : pos[k];
}

/** Chunk keys that read only the POS tag `p` at offset `o` (-2..2) from the token (appended to `out`). */
export function chunkPosKeys(o: number, p: string, out: KeyOut): void {
  if (o === 0) {
    out.push(key(T.bias, ''));
    out.push(key(T.cp0, p));
  } else out.push(key(o === -2 ? T.cpm2 : o === -1 ? T.cpm1 : o === 1 ? T.cpp1 : T.cpp2, p));
}

/** The pairs of POS tags the chunk keys read, as offsets from the token. */
export const CHUNK_POS_PAIRS = [[-1, 0], [0, 1], [-1, 1]] as const;

/** Chunk keys that read only the POS tags `a` and `b` of pair `k` of CHUNK_POS_PAIRS (appended to `out`). */
export function chunkPosPairKeys(k: number, a: string, b: string, out: KeyOut): void {
  out.push(key2(k === 0 ? T.cpm1p0 : k === 1 ? T.cp0p1 : T.cpm1p1, a, b));
}

/** Chunk keys of token `i` that read three POS tags (appended to `out`). */
export function chunkPosTrigramKeys(pos: string[], i: number, out: KeyOut): void {
  const p0 = posAt(pos, i);
  out.push(key3(T.cpm2pm1p0, posAt(pos, i - 2), posAt(pos, i - 1), p0));
  out.push(key3(T.cp0p1p2, p0, posAt(pos, i + 1), posAt(pos, i + 2)));
}

/** Chunk keys of token `i` that read only the POS tags from `i - 2` to `i + 2` (appended to `out`). */
export function chunkTagKeys(pos: string[], i: number, out: KeyOut): void {
  for (let o = -2; o <= 2; o++) chunkPosKeys(o, posAt(pos, i + o), out);
  CHUNK_POS_PAIRS.forEach(([a, b], k) => chunkPosPairKeys(k, posAt(pos, i + a), posAt(pos, i + b), out));
  chunkPosTrigramKeys(pos, i, out);
}

/** Chunk keys of token `i` that read two words, or a word and a POS tag (appended to `out`). */
export function chunkPairKeys(f: SentenceForms, pos: string[], i: number, out: KeyOut): void {
  const len = pos.length;
  const p0 = posAt(pos, i);
  const n = f.norm[i];
  const before = i > 0 ? f.norm[i - 1] : START;
  const after = i + 1 < len ? f.norm[i + 1] : END;
  out.push(key2(T.cwp0, n, p0));
  out.push(key2(T.cwm1p0, before, p0));
  out.push(key2(T.cwp1p0, after, p0));
  out.push(key2(T.cwm1w, before, n));
  out.push(key2(T.cww1, n, after));
  out.push(key2(T.cshp0, f.shape[i], p0));
}

/**
 * Keys of the chunk features of token `i` that do not depend on the chunk tags before it (scored
 * once per token, whatever the hypothesis).
 */
export function chunkStaticKeys(f: SentenceForms, pos: string[], i: number, out: number[]): void {
  out.length = 0;
  chunkWordKeys(f.norm[i], f.shape[i], out);
  for (const o of NEIGHBOURS) chunkNeighbourKeys(o, ...neighbour(f, i, o), out);
  chunkTagKeys(pos, i, out);
  chunkPairKeys(f, pos, i, out);
}

/**
 * Keys of the chunk features of token `i` that read the chunk tags of the two tokens before it,
 * `c1` (the previous token's) and `c2` (null before the sentence's start).
 */
export function chunkHistoryKeys(f: SentenceForms, pos: string[], i: number, c2: string | null, c1: string | null, out: number[]): void {
  out.length = 0;
  chunkTagHistoryKeys(c2, c1, out);
  chunkWordHistoryKeys(f, pos, i, c1, out);
}

/** Chunk history keys that read only the two previous chunk tags (appended to `out`). */
export function chunkTagHistoryKeys(c2: string | null, c1: string | null, out: KeyOut): void {
  const t1 = c1 ?? START;
  out.push(key(T.cc1, t1));
  out.push(key2(T.cc12, c2 ?? START, t1));
}

/** Chunk history keys that read the previous chunk tag and token `i`'s word or the POS tags around it (appended to `out`). */
export function chunkWordHistoryKeys(f: SentenceForms, pos: string[], i: number, c1: string | null, out: KeyOut): void {
  const p0 = posAt(pos, i);
  const t1 = c1 ?? START;
  out.push(key2(T.cc1p0, t1, p0));
  out.push(key3(T.cc1pm1p0, t1, posAt(pos, i - 1), p0));
  out.push(key2(T.cc1w, t1, f.norm[i]));
  out.push(key2(T.cc1p1, t1, posAt(pos, i + 1)));
  out.push(key2(T.cc1sh, t1, f.shape[i]));
}
