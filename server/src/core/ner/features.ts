/**
 * Feature extraction shared by training (scripts/train-ner.ts) and tagging.
 *
 * Every feature is a 32-bit hash key. Two families:
 *  - lexical: depend only on one word (and whether its sentence is an all-caps line) and its
 *    offset -2..+2 from the tagged token. The tagger caches one summed score vector per word type
 *    and offset, so these cost nothing per token after a word's first occurrence.
 *  - context: sentence position, word and shape bigrams, gazetteer matches, document-level
 *    evidence; built from integer hashes, no strings per token.
 */
import { Gazetteer } from './gazetteer';
import { NT, tagKind, tagType } from './tags';

export function hstr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

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
};

/** 0 no letters, 1 lower-initial, 2 Title, 3 ALLCAPS (2+ letters), 4 single capital letter. */
export function caseClass(w: string): number {
  let letters = 0;
  let lower = 0;
  let firstUpper = -1;
  for (const ch of w) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    letters++;
    const isLower = ch === lo;
    if (isLower) lower++;
    if (firstUpper < 0) firstUpper = isLower ? 0 : 1;
  }
  if (letters === 0) return 0;
  if (firstUpper === 0) return 1;
  if (lower === 0) return letters === 1 ? 4 : 3;
  return 2;
}

function shapes(w: string): [string, string] {
  let full = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      c = lo === up ? (/\p{L}|\p{N}/u.test(ch) ? 'x' : ch) : ch === lo ? 'x' : 'X';
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
  lowerH: number;
  shortH: number;
  caseClass: number;
  /** The lower-case form was seen in lower case in the training text. */
  lcSeen: number;
  caps: boolean;
  lex?: Uint32Array[];
  /** Cached lexical score vectors per pass: 5 offsets x NT floats. */
  vecs?: Float32Array[];
}

export interface SentPrep {
  infos: WordInfo[];
  caps: boolean;
  /** Context keys that do not depend on first-pass tags: token i has keys[off[i]..off[i+1]). */
  keys: Uint32Array;
  off: Int32Array;
}

export interface DocPrep {
  sents: SentPrep[];
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

export class FeatureSet {
  readonly gaz: Gazetteer;
  readonly lcSet: Set<string>;
  private cache = new Map<string, WordInfo>();
  readonly pad: WordInfo;

  constructor(gaz: Gazetteer, lcSet: Set<string>) {
    this.gaz = gaz;
    this.lcSet = lcSet;
    this.pad = this.makeInfo('<PAD>', false);
  }

  clearCache(): void {
    this.cache = new Map();
  }

  private makeInfo(word: string, caps: boolean): WordInfo {
    const lower = word.toLowerCase();
    const [, short] = shapes(word);
    const sh = caps ? 'C' + shapes(lower)[1] : short;
    return {
      word,
      lower,
      lowerH: hstr(lower),
      shortH: hstr(word === '<PAD>' ? '<PAD>' : sh),
      caseClass: word === '<PAD>' ? 0 : caseClass(word),
      lcSeen: this.lcSet.has(lower) ? 1 : 0,
      caps,
    };
  }

  info(word: string, caps: boolean): WordInfo {
    const key = caps ? '\u0001' + word : word;
    let inf = this.cache.get(key);
    if (inf === undefined) {
      if (this.cache.size > 400000) this.cache = new Map();
      inf = this.makeInfo(word, caps);
      this.cache.set(key, inf);
    }
    return inf;
  }

  /** Lexical feature keys of a word at offset `o` (-2..2) from the tagged token. */
  lexKeys(inf: WordInfo, o: number): Uint32Array {
    if (inf.lex === undefined) inf.lex = [];
    const cached = inf.lex[o + 2];
    if (cached !== undefined) return cached;
    const keys: string[] = [];
    const { word, lower, caps } = inf;
    if (word === '<PAD>') {
      if (o !== 0) keys.push(`L${o}=<P>`, `s${o}=<P>`);
    } else if (o === 0) {
      const [full, short] = shapes(word);
      if (caps) keys.push('C0', `S=C${shapes(lower)[0]}`);
      else keys.push(`W=${word}`, `S=${full}`, `s=${short}`);
      keys.push(`L=${lower}`, `LC=${inf.lcSeen}|${inf.caseClass}|${caps ? 1 : 0}`);
      const n = lower.length;
      for (let k = 1; k <= 4 && k <= n; k++) keys.push(`P${k}=${lower.slice(0, k)}`, `X${k}=${lower.slice(n - k)}`);
      if (n >= 12) keys.push('LEN12');
    } else {
      keys.push(`L${o}=${lower}`, `s${o}=${caps ? 'C' + shapes(lower)[1] : shapes(word)[1]}`);
      if (o === 1 || o === -1) keys.push(`X${o}=${lower.slice(-3)}`);
    }
    const out = new Uint32Array(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = hstr(keys[i]);
    inf.lex[o + 2] = out;
    return out;
  }

  /** Per-document preparation: word infos, caps lines, gazetteer matches, document case evidence. */
  prepDoc(sentences: string[][]): DocPrep {
    const sents: SentPrep[] = [];
    // Document case counts per lower form: [lower, Title, UPPER] in non-initial, non-caps positions.
    const counts = new Map<number, number[]>();
    for (const words of sentences) {
      let infos = new Array<WordInfo>(words.length);
      let upper = 0;
      let caps = true;
      for (let i = 0; i < words.length; i++) {
        const inf = (infos[i] = this.info(words[i], false));
        const c = inf.caseClass;
        if (c === 1 || c === 2) caps = false;
        else if (c >= 3) upper++;
      }
      caps = caps && upper > 0;
      if (caps) infos = words.map((w) => this.info(w, true));
      sents.push({ infos, caps, keys: EMPTY, off: EMPTY_OFF });
      if (caps) continue;
      for (let i = 1; i < infos.length; i++) {
        const c = infos[i].caseClass;
        if (c === 0) continue;
        let e = counts.get(infos[i].lowerH);
        if (e === undefined) counts.set(infos[i].lowerH, (e = [0, 0, 0]));
        e[c === 1 ? 0 : c === 3 ? 2 : 1]++;
      }
    }
    const gz: number[][] = [];
    for (const sp of sents) {
      const { infos, caps } = sp;
      const n = infos.length;
      for (let i = 0; i < n; i++) gz[i] = EMPTY_LIST;
      let ngz = 0;
      if (n > 0) {
        this.gaz.match(infos, (s, e, mask) => {
          for (let l = 0; mask !== 0; l++, mask >>>= 1) {
            if ((mask & 1) === 0) continue;
            for (let j = s; j < e; j++) {
              const pos = e - s === 1 ? 3 : j === s ? 0 : j === e - 1 ? 2 : 1;
              const capBit = caps ? 2 : infos[j].caseClass >= 2 ? 1 : 0;
              if (gz[j] === EMPTY_LIST) gz[j] = [];
              gz[j].push(hmix(K.GZ, (l * 4 + pos) * 3 + capBit));
              ngz++;
            }
          }
        });
      }
      const keys = new Uint32Array(n * 10 + ngz);
      const off = new Int32Array(n + 1);
      let k = 0;
      for (let i = 0; i < n; i++) {
        const inf = infos[i];
        const prev = i > 0 ? infos[i - 1] : this.pad;
        const next = i + 1 < n ? infos[i + 1] : this.pad;
        keys[k++] = K.BIAS;
        keys[k++] = hmix(
          K.CTX,
          (i === 0 ? 1 : 0) | (caps ? 2 : 0) | (inf.caseClass << 2) | (inf.lcSeen << 5) | (n === 1 ? 64 : 0),
        );
        keys[k++] = hmix(hmix(K.BG1, prev.lowerH), inf.lowerH);
        keys[k++] = hmix(hmix(K.BG2, inf.lowerH), next.lowerH);
        keys[k++] = hmix(hmix(K.SB1, prev.shortH), inf.shortH);
        keys[k++] = hmix(hmix(K.SB2, inf.shortH), next.shortH);
        keys[k++] = hmix(hmix(hmix(K.ST, prev.shortH), inf.shortH), next.shortH);
        keys[k++] = hmix(hmix(K.PLS, prev.lowerH), inf.shortH);
        keys[k++] = hmix(hmix(K.NLS, next.lowerH), inf.shortH);
        const g = gz[i];
        for (let j = 0; j < g.length; j++) keys[k++] = g[j];
        if (inf.caseClass >= 2) {
          const e = counts.get(inf.lowerH);
          let flags = 0;
          if (e !== undefined) {
            const self = !caps && i > 0 ? (inf.caseClass === 3 ? 2 : 1) : -1;
            for (let q = 0; q < 3; q++) if (e[q] - (q === self ? 1 : 0) > 0) flags |= 1 << q;
          }
          keys[k++] = hmix(K.DC, flags | (inf.caseClass << 3) | (i === 0 ? 64 : 0) | (caps ? 128 : 0));
        }
        off[i + 1] = k;
      }
      sp.keys = keys;
      sp.off = off;
    }
    return { sents };
  }

  /**
   * Second-pass keys: how the other occurrences of each word in the document were tagged by
   * the first pass (majority type, any type, part of a multi-token entity).
   */
  pass2Keys(doc: DocPrep, firstPass: Uint8Array[]): Uint32Array[][] {
    const counts = new Map<number, Int32Array>(); // [O, PER, ORG, LOC, MISC, longPER, ..., longMISC]
    const own = (t: number, prevT: number, nextT: number): [number, boolean] => {
      if (t === 0) return [0, false];
      const k = tagKind(t);
      void prevT;
      void nextT;
      return [tagType(t) + 1, k !== 3];
    };
    doc.sents.forEach((sp, s) => {
      const tags = firstPass[s];
      for (let i = 0; i < sp.infos.length; i++) {
        const inf = sp.infos[i];
        if (inf.caseClass < 2) continue;
        let e = counts.get(inf.lowerH);
        if (e === undefined) counts.set(inf.lowerH, (e = new Int32Array(9)));
        const [ty, long] = own(tags[i], 0, 0);
        e[ty]++;
        if (long) e[4 + ty]++;
      }
    });
    return doc.sents.map((sp, s) => {
      const tags = firstPass[s];
      return sp.infos.map((inf, i) => {
        if (inf.caseClass < 2) return EMPTY;
        const e = counts.get(inf.lowerH)!;
        const [ty, long] = own(tags[i], 0, 0);
        const cb = sp.caps ? 1 : 0;
        const keys: number[] = [];
        let total = 0;
        let best = -1;
        let bestC = 0;
        for (let t = 0; t < 5; t++) {
          const c = e[t] - (t === ty ? 1 : 0);
          total += c;
          if (c > bestC) {
            bestC = c;
            best = t;
          }
          if (t > 0 && c > 0) keys.push(hmix(K.D2H, t * 2 + cb));
        }
        if (total === 0) keys.push(hmix(K.D2M, 10 + cb));
        else {
          keys.push(hmix(K.D2M, best * 2 + cb));
          if (bestC * 2 > total) keys.push(hmix(K.D2O, best * 2 + cb));
        }
        for (let t = 1; t < 5; t++) {
          const c = e[4 + t] - (long && t === ty ? 1 : 0);
          if (c > 0) keys.push(hmix(K.D2L, t * 2 + cb));
        }
        return Uint32Array.from(keys);
      });
    });
  }
}

const EMPTY = new Uint32Array(0);
const EMPTY_OFF = new Int32Array(1);
const EMPTY_LIST: number[] = [];

/**
 * Viterbi decoding over BILOU tags with invalid transitions forbidden.
 * `emit` holds n x NT scores; `trans` (NT+1) x NT (last row: sentence start).
 */
export function viterbi(
  emit: Float32Array,
  trans: Float32Array,
  n: number,
  allowed: Uint8Array,
  allowedEnd: Uint8Array,
  out: Uint8Array,
  back: Uint8Array,
): void {
  if (n === 0) return;
  let prev = new Float64Array(NT);
  let cur = new Float64Array(NT);
  for (let c = 0; c < NT; c++) prev[c] = allowed[NT * NT + c] ? emit[c] + trans[NT * NT + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const eo = i * NT;
    for (let c = 0; c < NT; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        const pv = prev[p];
        if (pv === -Infinity || !allowed[p * NT + c]) continue;
        const v = pv + trans[p * NT + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[c] = best + emit[eo + c];
      back[eo + c] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < NT; c++) {
    if (allowedEnd[c] && prev[c] > best) {
      best = prev[c];
      arg = c;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NT + out[i]];
}
