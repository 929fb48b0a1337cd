import { FNV_OFFSET, fnv1a } from '../fnv';

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

const START = '<s>';
const END = '</s>';

/** Keys of the part-of-speech features of token `i` that do not read the tags before it. */
export function posStaticKeys(f: SentenceForms, i: number, out: number[]): void {
  out.length = 0;
  const w = f.words[i];
  const n = f.norm[i];
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
  out.push(key(T.shape, f.shape[i]));
  if (i === 0) out.push(key(T.first, f.shape[i]));
  out.push(key(T.prev1, i > 0 ? f.norm[i - 1] : START));
  out.push(key(T.prev2, i > 1 ? f.norm[i - 2] : START));
  out.push(key(T.next1, i + 1 < f.words.length ? f.norm[i + 1] : END));
  out.push(key(T.next2, i + 2 < f.words.length ? f.norm[i + 2] : END));
  out.push(key(T.prevSuf, i > 0 ? f.norm[i - 1].slice(-3) : START));
  out.push(key(T.nextSuf, i + 1 < f.words.length ? f.norm[i + 1].slice(-3) : END));
  out.push(key(T.nextShape, i + 1 < f.words.length ? f.shape[i + 1] : END));
  out.push(key2(T.wordNext, n, i + 1 < f.words.length ? f.norm[i + 1] : END));
  out.push(key2(T.prevWord, i > 0 ? f.norm[i - 1] : START, n));
  out.push(key(T.nextSuf2, i + 1 < f.words.length ? f.norm[i + 1].slice(-2) : END));
}

/** Keys of the part-of-speech features of token `i` that read the tags of the two tokens before it (null before the start). */
export function posHistoryKeys(f: SentenceForms, i: number, tag2: string | null, tag1: string | null, out: number[]): void {
  out.length = 0;
  const n = f.norm[i];
  const t1 = tag1 ?? START;
  const t2 = tag2 ?? START;
  out.push(key(T.tag1, t1));
  out.push(key2(T.tag12, t2, t1));
  out.push(key2(T.tag1word, t1, n));
  out.push(key2(T.tag1suf, t1, n.slice(-3)));
}

/**
 * Keys of the chunk features of token `i` that do not depend on the chunk tags before it (scored
 * once per token, whatever the hypothesis).
 */
export function chunkStaticKeys(f: SentenceForms, pos: string[], i: number, out: number[]): void {
  out.length = 0;
  const len = pos.length;
  const p = (k: number): string => (k < 0 ? START : k >= len ? END : pos[k]);
  const n = f.norm[i];
  out.push(key(T.bias, ''));
  out.push(key(T.cw, n));
  out.push(key(T.cp0, p(i)));
  out.push(key(T.cpm1, p(i - 1)));
  out.push(key(T.cpm2, p(i - 2)));
  out.push(key(T.cpp1, p(i + 1)));
  out.push(key(T.cpp2, p(i + 2)));
  out.push(key2(T.cpm1p0, p(i - 1), p(i)));
  out.push(key2(T.cp0p1, p(i), p(i + 1)));
  out.push(key3(T.cpm2pm1p0, p(i - 2), p(i - 1), p(i)));
  out.push(key3(T.cp0p1p2, p(i), p(i + 1), p(i + 2)));
  out.push(key(T.cwm1, i > 0 ? f.norm[i - 1] : START));
  out.push(key(T.cwp1, i + 1 < len ? f.norm[i + 1] : END));
  out.push(key(T.shape, f.shape[i]));
  out.push(key2(T.cwp0, n, p(i)));
  out.push(key2(T.cwm1p0, i > 0 ? f.norm[i - 1] : START, p(i)));
  out.push(key2(T.cwp1p0, i + 1 < len ? f.norm[i + 1] : END, p(i)));
  out.push(key2(T.cpm1p1, p(i - 1), p(i + 1)));
  out.push(key(T.cwm2, i > 1 ? f.norm[i - 2] : START));
  out.push(key(T.cwp2, i + 2 < len ? f.norm[i + 2] : END));
  // Lexical features that do not go through the POS tags, so that a tagging error costs less.
  out.push(key(T.csuf, n.slice(-3)));
  out.push(key2(T.cwm1w, i > 0 ? f.norm[i - 1] : START, n));
  out.push(key2(T.cww1, n, i + 1 < len ? f.norm[i + 1] : END));
  out.push(key(T.cshm1, i > 0 ? f.shape[i - 1] : START));
  out.push(key(T.cshp1, i + 1 < len ? f.shape[i + 1] : END));
  out.push(key2(T.cshp0, f.shape[i], p(i)));
}

/**
 * Keys of the chunk features of token `i` that read the chunk tags of the two tokens before it,
 * `c1` (the previous token's) and `c2` (null before the sentence's start).
 */
export function chunkHistoryKeys(f: SentenceForms, pos: string[], i: number, c2: string | null, c1: string | null, out: number[]): void {
  out.length = 0;
  const len = pos.length;
  const p = (k: number): string => (k < 0 ? START : k >= len ? END : pos[k]);
  const t1 = c1 ?? START;
  const t2 = c2 ?? START;
  out.push(key(T.cc1, t1));
  out.push(key2(T.cc12, t2, t1));
  out.push(key2(T.cc1p0, t1, p(i)));
  out.push(key3(T.cc1pm1p0, t1, p(i - 1), p(i)));
  out.push(key2(T.cc1w, t1, f.norm[i]));
  out.push(key2(T.cc1p1, t1, p(i + 1)));
  out.push(key2(T.cc1sh, t1, f.shape[i]));
}
