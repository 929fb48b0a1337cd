/**
 * Feature extraction shared by training (scripts/train-ner.ts) and tagging.
 *
 * Every feature is a 32-bit hash key. Two families:
 *  - lexical: depend only on one word (and whether its sentence is an all-caps line) and its
 *    offset -2..+2 from the tagged token. The tagger caches one summed score vector per word type
 *    and offset, so these cost nothing per token after a word's first occurrence.
 *  - context: sentence position, word and shape bigrams, gazetteer matches, document-level
 *    evidence; built from integer hashes and integer word ids, no strings per token.
 * A document's context keys are one flat array (`DocPrep.keys`, token g has keys[off[g]..off[g+1]))
 * so tagging allocates almost nothing per token.
 */
import * as hashing from '../fnv';
import { Gazetteer } from './gazetteer';
import * as tags from './tags';

// Local copies: a module-to-module binding can compile to a getter call (tsx, vitest), too slow in hot loops.
const tagKind = tags.tagKind;
const tagType = tags.tagType;
/** FNV-1a state after `h` reads `s`'s characters [from, to). */
const fnv = hashing.fnv1a;

/** The final mix of a string hash. */
function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const FNV0 = hashing.FNV_OFFSET;

/** Feature hash of a string. `hstr(a + b)` is `fin(fnv(fnv(FNV0, a), b))`: keys are hashed without building them. */
export function hstr(s: string): number {
  return fin(fnv(FNV0, s));
}

/** Scratch for one word's lexical keys (at most 15). */
const LEX_SCRATCH = new Uint32Array(32);
/** FNV state after reading a key's fixed prefix: a key's hash is `fin(fnv(state, rest))`. */
const after = (prefix: string): number => fnv(FNV0, prefix);
/** Per window offset -2..2 (index o + 2): `L${o}=`, `s${o}=`, `X${o}=` and the padding word's two keys. */
const OFFSETS = [-2, -1, 0, 1, 2];
const CTX_L = OFFSETS.map((o) => after(`L${o}=`));
const CTX_S = OFFSETS.map((o) => after(`s${o}=`));
const CTX_X = OFFSETS.map((o) => after(`X${o}=`));
const PAD_KEYS = OFFSETS.map((o) => Uint32Array.from(o === 0 ? [] : [hstr(`L${o}=<P>`), hstr(`s${o}=<P>`)]));
/** `P${j}=` and `X${j}=` for prefix and suffix lengths j = 1..4. */
const PREFIX = [0, 1, 2, 3, 4].map((j) => after(`P${j}=`));
const SUFFIX = [0, 1, 2, 3, 4].map((j) => after(`X${j}=`));
const AFTER_W = after('W=');
const AFTER_S = after('S=');
const AFTER_SHORT = after('s=');
const AFTER_L = after('L=');
const AFTER_LC = after('LC=');
const AFTER_SC = after('S=C');
const H_C0 = hstr('C0');
const H_LEN12 = hstr('LEN12');

export function hmix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

const K = {
  BIAS: hstr('#bias'),
  CTX: hstr('#ctx'),
  BG1: hstr('#bg1'),
  BG2: hstr('#bg2'),
  SB1: hstr('#sb1'),
  SB2: hstr('#sb2'),
  ST: hstr('#st'),
  PLS: hstr('#pls'),
  NLS: hstr('#nls'),
  GZ: hstr('#gz'),
  DC: hstr('#dc'),
  D2M: hstr('#d2m'),
  D2H: hstr('#d2h'),
  D2L: hstr('#d2l'),
  D2O: hstr('#d2o'),
  CR: hstr('#cr'),
  SP: hstr('#sp'),
  SPW: hstr('#spw'),
};

/** A score or result (`3-1`, `102-98`): documents with several are sports results. */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/** 0 no letters, 1 lower-initial, 2 Title, 3 ALLCAPS (2+ letters), 4 single capital letter. */
export function caseClass(w: string): number {
  let letters = 0;
  let lower = 0;
  let firstUpper = -1;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let isLower: boolean;
    if (code < 128) {
      if (code >= 97 && code <= 122) isLower = true;
      else if (code >= 65 && code <= 90) isLower = false;
      else continue;
    } else {
      const cp = w.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      const lo = ch.toLowerCase();
      if (lo === ch.toUpperCase()) continue;
      isLower = ch === lo;
    }
    letters++;
    if (isLower) lower++;
    if (firstUpper < 0) firstUpper = isLower ? 0 : 1;
  }
  if (letters === 0) return 0;
  if (firstUpper === 0) return 1;
  if (lower === 0) return letters === 1 ? 4 : 3;
  return 2;
}

const LETTER_OR_NUMBER = /\p{L}|\p{N}/u;

function shapes(w: string): [string, string] {
  let full = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 48 && code <= 57) c = 'd';
      else if (code >= 97 && code <= 122) c = 'x';
      else if (code >= 65 && code <= 90) c = 'X';
      else c = ch;
    } else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      c = lo === up ? (LETTER_OR_NUMBER.test(ch) ? 'x' : ch) : ch === lo ? 'x' : 'X';
    }
    if (c === last) run++;
    else {
      run = 1;
      short += c;
      last = c;
    }
    if (run <= 4) full += c;
  }
  return [full, short];
}

/** What the tagger knows about one word type in one kind of sentence (normal or all-caps line). */
export interface WordInfo {
  word: string;
  lower: string;
  /** Id of the lower-case form (shared by the normal and the all-caps info of a word). */
  lid: number;
  lowerH: number;
  shortH: number;
  /** Small integer id of the short shape (`shortH`). */
  sid: number;
  /** First halves of the pair keys this word takes part in (see prepDoc). */
  hBG1: number;
  hBG2: number;
  hSB1: number;
  hSB2: number;
  hST: number;
  hPLS: number;
  hNLS: number;
  caseClass: number;
  /** The lower-case form was seen in lower case in the training text. */
  lcSeen: number;
  caps: boolean;
  /** Longest gazetteer phrase (tokens) starting with this word; 0 when none. */
  gzLen: number;
  /** Gazetteer lists holding this word alone. */
  gzMask: number;
  /** Looks like a score (`3-1`). */
  score: boolean;
  /** Shapes (see `shapes`): the word's full and short shape, and the full shape of its lower-case form (all-caps lines only, else ''). */
  fullShape: string;
  shortShape: string;
  lowerFullShape: string;
  /** The short shape the context features use: `shortShape`, or `C` and the lower-case form's short shape on all-caps lines. */
  ctxShape: string;
  lex?: Uint32Array[];
  /** Cached lexical scores of the run-time model: 5 offsets x passes x NT (see model.ts). */
  vec?: Int16Array;
}

export interface SentPrep {
  infos: WordInfo[];
  caps: boolean;
  /** Index of the sentence's first token in the document. */
  first: number;
  /** Context keys that do not depend on first-pass tags: token i has keys[off[i]..off[i+1]). */
  keys: Uint32Array;
  off: Int32Array;
}

export interface DocPrep {
  sents: SentPrep[];
  /** Tokens in the document. */
  n: number;
  /**
   * Per token, an exact numeric id of its first COMBO_KEYS keys (bias, context class, shape
   * bigrams and trigram: they depend only on the shapes around the token and its context
   * class), so the tagger can cache their summed scores; -1 when not cacheable.
   */
  combo: Float64Array;
  /** All context keys of the document; token g (document order) has keys[off[g]..off[g+1]). */
  keys: Uint32Array;
  off: Int32Array;
}

/** Flat per-token keys of a document (document token order). */
export interface DocKeys {
  keys: Uint32Array;
  off: Int32Array;
}

/** True for all-caps lines (headlines, datelines): no lower-case letter, some upper-case letter. */
export function isCapsLine(words: string[]): boolean {
  let upper = 0;
  for (const w of words) {
    const cc = caseClass(w);
    if (cc === 1 || cc === 2) return false;
    if (cc >= 3) upper++;
  }
  return upper > 0;
}

/** Number of leading keys per token that `DocPrep.combo` identifies. */
export const COMBO_KEYS = 5;

/** A growable Int32Array. */
function grow(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** The lower-case words seen in lower case in the training text: a Set when training, the model file's sorted list when tagging. */
export interface WordSet {
  has(word: string): boolean;
}

export class FeatureSet {
  readonly gaz: Gazetteer;
  readonly lcSet: WordSet;
  private cache = new Map<string, WordInfo>();
  private capsCache = new Map<string, WordInfo>();
  private lowerIds = new Map<string, number>();
  readonly pad: WordInfo;
  // Per-document scratch tables indexed by word id; `stamp` marks which document filled a row.
  private docNo = 0;
  private stamp = new Int32Array(1024);
  private caseCounts = new Int32Array(1024 * 3);
  private tagCounts = new Int32Array(1024 * 9);
  private hitTok = new Int32Array(256);
  private hitKey = new Int32Array(256);

  constructor(gaz: Gazetteer, lcSet: WordSet) {
    this.gaz = gaz;
    this.lcSet = lcSet;
    this.pad = this.makeInfo('<PAD>', false);
  }

  clearCache(): void {
    this.cache = new Map();
    this.capsCache = new Map();
  }

  private shapeIds = new Map<number, number>();

  private shapeId(h: number): number {
    let id = this.shapeIds.get(h);
    if (id === undefined) this.shapeIds.set(h, (id = this.shapeIds.size));
    return id;
  }

  private lowerId(lower: string): number {
    let id = this.lowerIds.get(lower);
    if (id === undefined) {
      id = this.lowerIds.size;
      this.lowerIds.set(lower, id);
      if (id >= this.stamp.length) {
        this.stamp = grow(this.stamp, id + 1);
        this.caseCounts = grow(this.caseCounts, this.stamp.length * 3);
        this.tagCounts = grow(this.tagCounts, this.stamp.length * 9);
      }
    }
    return id;
  }

  private makeInfo(word: string, caps: boolean): WordInfo {
    const lower = word.toLowerCase();
    const [full, short] = shapes(word);
    const [lowerFull, lowerShort] = caps ? shapes(lower) : ['', ''];
    const sh = caps ? 'C' + lowerShort : short;
    const isPad = word === '<PAD>';
    const lowerH = hstr(lower);
    const shortH = hstr(isPad ? '<PAD>' : sh);
    return {
      hBG1: hmix(K.BG1, lowerH),
      hBG2: hmix(K.BG2, lowerH),
      hSB1: hmix(K.SB1, shortH),
      hSB2: hmix(K.SB2, shortH),
      hST: hmix(K.ST, shortH),
      hPLS: hmix(K.PLS, lowerH),
      hNLS: hmix(K.NLS, lowerH),
      word,
      lower,
      lid: this.lowerId(isPad ? '\u0000<PAD>' : lower),
      lowerH,
      shortH,
      sid: this.shapeId(shortH),
      caseClass: isPad ? 0 : caseClass(word),
      lcSeen: this.lcSet.has(lower) ? 1 : 0,
      caps,
      gzLen: isPad ? 0 : this.gaz.firstLen(lower),
      gzMask: isPad ? 0 : this.gaz.maskOf(lower),
      score: SCORE.test(word),
      fullShape: full,
      shortShape: short,
      lowerFullShape: lowerFull,
      ctxShape: sh,
    };
  }

  info(word: string, caps: boolean): WordInfo {
    const cache = caps ? this.capsCache : this.cache;
    let inf = cache.get(word);
    if (inf === undefined) {
      if (cache.size > 200000) {
        // Bound the memory of a long-running server; ids of lower-case forms are kept.
        if (caps) this.capsCache = new Map();
        else this.cache = new Map();
        if (this.lowerIds.size > 2000000) this.lowerIds = new Map();
      }
      inf = this.makeInfo(word, caps);
      (caps ? this.capsCache : this.cache).set(word, inf);
    }
    return inf;
  }

  /** Lexical feature keys of a word at offset `o` (-2..2) from the tagged token. */
  lexKeys(inf: WordInfo, o: number): Uint32Array {
    if (inf.lex === undefined) inf.lex = [];
    const cached = inf.lex[o + 2];
    if (cached !== undefined) return cached;
    // The hashes of the key strings (`L=kyiv`, `P2=ky`, ...), computed without building them.
    const { word, lower, caps } = inf;
    if (word === '<PAD>') return (inf.lex[o + 2] = PAD_KEYS[o + 2]);
    const keys = LEX_SCRATCH;
    let k = 0;
    const n = lower.length;
    if (o === 0) {
      if (caps) {
        keys[k++] = H_C0;
        keys[k++] = fin(fnv(AFTER_SC, inf.lowerFullShape));
      } else {
        keys[k++] = fin(fnv(AFTER_W, word));
        keys[k++] = fin(fnv(AFTER_S, inf.fullShape));
        keys[k++] = fin(fnv(AFTER_SHORT, inf.shortShape));
      }
      keys[k++] = fin(fnv(AFTER_L, lower));
      keys[k++] = fin(fnv(AFTER_LC, `${inf.lcSeen}|${inf.caseClass}|${caps ? 1 : 0}`));
      for (let j = 1; j <= 4 && j <= n; j++) {
        keys[k++] = fin(fnv(PREFIX[j], lower, 0, j));
        keys[k++] = fin(fnv(SUFFIX[j], lower, n - j, n));
      }
      if (n >= 12) keys[k++] = H_LEN12;
    } else {
      keys[k++] = fin(fnv(CTX_L[o + 2], lower));
      keys[k++] = fin(fnv(CTX_S[o + 2], inf.ctxShape));
      if (o === 1 || o === -1) keys[k++] = fin(fnv(CTX_X[o + 2], lower, n > 3 ? n - 3 : 0, n));
    }
    const out = keys.slice(0, k);
    inf.lex[o + 2] = out;
    return out;
  }

  /** Per-document preparation: word infos, caps lines, gazetteer matches, document case evidence. */
  prepDoc(sentences: string[][]): DocPrep {
    const doc = ++this.docNo;
    const sents: SentPrep[] = new Array<SentPrep>(sentences.length);
    let total = 0;
    let nhits = 0;
    let scores = 0;
    // Pass A: word infos, all-caps lines, gazetteer hits, document case counts per lower form:
    // [lower, Title, UPPER] in non-initial positions outside all-caps lines.
    for (let s = 0; s < sentences.length; s++) {
      const words = sentences[s];
      const n = words.length;
      const infos = new Array<WordInfo>(n);
      let upper = 0;
      let caps = true;
      for (let i = 0; i < n; i++) {
        const inf = (infos[i] = this.info(words[i], false));
        if (inf.score) scores++;
        const c = inf.caseClass;
        if (c === 1 || c === 2) caps = false;
        else if (c >= 3) upper++;
      }
      caps = caps && upper > 0;
      if (caps) for (let i = 0; i < n; i++) infos[i] = this.info(words[i], true);
      sents[s] = { infos, caps, first: total, keys: EMPTY, off: EMPTY_OFF };
      if (!caps) {
        // Read after this sentence's infos: a new word's id can grow (replace) the tables.
        const { stamp, caseCounts: counts } = this;
        for (let i = 1; i < n; i++) {
          const inf = infos[i];
          const c = inf.caseClass;
          if (c === 0) continue;
          const id = inf.lid;
          if (stamp[id] !== doc) {
            stamp[id] = doc;
            counts[id * 3] = counts[id * 3 + 1] = counts[id * 3 + 2] = 0;
          }
          counts[id * 3 + (c === 1 ? 0 : c === 3 ? 2 : 1)]++;
        }
      }
      // Gazetteer hits: key per (token, list, position in phrase, capitalisation).
      for (let i = 0; i < n; i++) {
        const max = infos[i].gzLen;
        if (max === 0) continue;
        let node = max > 1 ? this.gaz.root(infos[i].lower) : -1;
        for (let len = 1; len <= max && i + len <= n; len++) {
          let mask: number;
          if (len === 1) mask = infos[i].gzMask;
          else {
            node = node < 0 ? -1 : this.gaz.step(node, infos[i + len - 1].lower);
            if (node < 0) break;
            mask = this.gaz.nodeLists(node);
          }
          const e = i + len;
          for (let l = 0; mask !== 0; l++, mask >>>= 1) {
            if ((mask & 1) === 0) continue;
            for (let j = i; j < e; j++) {
              const pos = len === 1 ? 3 : j === i ? 0 : j === e - 1 ? 2 : 1;
              const capBit = caps ? 2 : infos[j].caseClass >= 2 ? 1 : 0;
              if (nhits >= this.hitTok.length) {
                this.hitTok = grow(this.hitTok, nhits + 1);
                this.hitKey = grow(this.hitKey, nhits + 1);
              }
              this.hitTok[nhits] = total + j;
              this.hitKey[nhits] = hmix(K.GZ, (l * 4 + pos) * 3 + capBit);
              nhits++;
            }
          }
        }
      }
      total += n;
    }
    // Gazetteer hits grouped by token (counting sort; hits are few).
    const gzOff = new Int32Array(total + 1);
    for (let h = 0; h < nhits; h++) gzOff[this.hitTok[h] + 1]++;
    for (let g = 0; g < total; g++) gzOff[g + 1] += gzOff[g];
    const gzKeys = new Uint32Array(nhits);
    const fill = gzOff.slice(0, total);
    for (let h = 0; h < nhits; h++) gzKeys[fill[this.hitTok[h]]++] = this.hitKey[h];

    // Pass B: context keys per token. In a sports results document (two or more scores) place
    // names are mostly teams: gazetteer hits and capitalized words get a second, sports key.
    const sport = scores >= 2;
    const { stamp, caseCounts: counts } = this;
    const keys = new Uint32Array(total * 13 + nhits * 2);
    const off = new Int32Array(total + 1);
    const combo = new Float64Array(total);
    let k = 0;
    for (let s = 0; s < sents.length; s++) {
      const sp = sents[s];
      const { infos, caps } = sp;
      const n = infos.length;
      const g0 = sp.first;
      let runStart = 0;
      let runEnd = 0;
      for (let i = 0; i < n; i++) {
        const inf = infos[i];
        const prev = i > 0 ? infos[i - 1] : this.pad;
        const next = i + 1 < n ? infos[i + 1] : this.pad;
        // The first COMBO_KEYS keys depend only on `combo`.
        const ctx = (i === 0 ? 1 : 0) | (caps ? 2 : 0) | (inf.caseClass << 2) | (inf.lcSeen << 5) | (n === 1 ? 64 : 0);
        combo[g0 + i] =
          prev.sid < 4096 && inf.sid < 4096 && next.sid < 4096
            ? ((prev.sid * 4096 + inf.sid) * 4096 + next.sid) * 128 + ctx
            : -1;
        keys[k++] = K.BIAS;
        keys[k++] = hmix(K.CTX, ctx);
        keys[k++] = hmix(prev.hSB1, inf.shortH);
        keys[k++] = hmix(inf.hSB2, next.shortH);
        keys[k++] = hmix(hmix(prev.hST, inf.shortH), next.shortH);
        keys[k++] = hmix(prev.hBG1, inf.lowerH);
        keys[k++] = hmix(inf.hBG2, next.lowerH);
        keys[k++] = hmix(prev.hPLS, inf.shortH);
        keys[k++] = hmix(next.hNLS, inf.shortH);
        const g = g0 + i;
        for (let q = gzOff[g]; q < gzOff[g + 1]; q++) {
          keys[k++] = gzKeys[q];
          if (sport) keys[k++] = hmix(K.SP, gzKeys[q]);
        }
        if (sport && inf.caseClass >= 2) keys[k++] = hmix(K.SPW, inf.lowerH);
        if (inf.caseClass >= 2) {
          // The run of capitalized tokens around this one: its length and this token's place in it.
          if (i >= runEnd) {
            runStart = i;
            runEnd = i + 1;
            while (runEnd < n && infos[runEnd].caseClass >= 2) runEnd++;
          }
          const len = runEnd - runStart;
          const place = len === 1 ? 3 : i === runStart ? 0 : i === runEnd - 1 ? 2 : 1;
          keys[k++] = hmix(K.CR, ((len > 4 ? 4 : len) * 4 + place) * 4 + (caps ? 2 : 0) + (i === 0 ? 1 : 0));
          const id = inf.lid;
          let flags = 0;
          if (stamp[id] === doc) {
            const self = !caps && i > 0 ? (inf.caseClass === 3 ? 2 : 1) : -1;
            for (let q = 0; q < 3; q++) if (counts[id * 3 + q] - (q === self ? 1 : 0) > 0) flags |= 1 << q;
          }
          keys[k++] = hmix(K.DC, flags | (inf.caseClass << 3) | (i === 0 ? 64 : 0) | (caps ? 128 : 0));
        }
        off[g + 1] = k;
      }
      sp.keys = keys;
      sp.off = off.subarray(g0, g0 + n + 1);
    }
    return { sents, n: total, keys, off, combo };
  }

  /**
   * Second-pass keys: how the other occurrences of each word in the document were tagged by
   * the first pass (majority type, any type, part of a multi-token entity).
   */
  pass2Keys(doc: DocPrep, firstPass: Uint8Array[]): DocKeys {
    const no = ++this.docNo;
    const { stamp } = this;
    const counts = this.tagCounts; // per word id: [O, PER, ORG, LOC, MISC, longPER, ..., longMISC]
    for (let s = 0; s < doc.sents.length; s++) {
      const { infos } = doc.sents[s];
      const tags = firstPass[s];
      for (let i = 0; i < infos.length; i++) {
        const inf = infos[i];
        if (inf.caseClass < 2) continue;
        const b = inf.lid * 9;
        if (stamp[inf.lid] !== no) {
          stamp[inf.lid] = no;
          counts.fill(0, b, b + 9);
        }
        const t = tags[i];
        const ty = t === 0 ? 0 : tagType(t) + 1;
        counts[b + ty]++;
        if (t !== 0 && tagKind(t) !== 3) counts[b + 4 + ty]++;
      }
    }
    const keys = new Uint32Array(doc.n * 10);
    const off = new Int32Array(doc.n + 1);
    let k = 0;
    for (let s = 0; s < doc.sents.length; s++) {
      const sp = doc.sents[s];
      const tags = firstPass[s];
      const cb = sp.caps ? 1 : 0;
      for (let i = 0; i < sp.infos.length; i++) {
        const inf = sp.infos[i];
        if (inf.caseClass >= 2) {
          const b = inf.lid * 9;
          const tag = tags[i];
          const ty = tag === 0 ? 0 : tagType(tag) + 1;
          const long = tag !== 0 && tagKind(tag) !== 3;
          let total = 0;
          let best = -1;
          let bestC = 0;
          for (let t = 0; t < 5; t++) {
            const c = counts[b + t] - (t === ty ? 1 : 0);
            total += c;
            if (c > bestC) {
              bestC = c;
              best = t;
            }
            if (t > 0 && c > 0) keys[k++] = hmix(K.D2H, t * 2 + cb);
          }
          if (total === 0) keys[k++] = hmix(K.D2M, 10 + cb);
          else {
            keys[k++] = hmix(K.D2M, best * 2 + cb);
            if (bestC * 2 > total) keys[k++] = hmix(K.D2O, best * 2 + cb);
          }
          for (let t = 1; t < 5; t++) {
            const c = counts[b + 4 + t] - (long && t === ty ? 1 : 0);
            if (c > 0) keys[k++] = hmix(K.D2L, t * 2 + cb);
          }
        }
        off[sp.first + i + 1] = k;
      }
    }
    return { keys, off };
  }
}

const EMPTY = new Uint32Array(0);
const EMPTY_OFF = new Int32Array(1);
