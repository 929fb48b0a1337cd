/**
 * Feature extraction shared by training (scripts/train-ner.ts) and tagging.
 *
 * Every feature is a 32-bit hash key. Two families:
 *  - lexical: depend only on one word (and whether its sentence is an all-caps line) and its
 *    offset -2..+2 from the tagged token. The tagger caches one summed score vector per word type
 *    and offset, so these cost nothing per token after a word's first occurrence.
 *  - context: sentence position, word and shape bigrams, gazetteer matches, document-level
 *    evidence; built from integer hashes and integer word ids, no strings per token.
 * The tagger scans a document once (`scanDoc`: word infos, document case counts, sports flag),
 * then builds each sentence's context keys into reused flat arrays (`sentenceKeys`, token i has
 * keys[off[i]..off[i+1])), so tagging allocates almost nothing per token; training takes a whole
 * document's keys in one array (`prepDoc`).
 *
 * This file holds the context family and the per-document preparation (FeatureSet); the key
 * hashes are in featureHash.ts, the lexical family in lexicalFeatures.ts, word shapes and case
 * classes in wordInfo.ts, the gazetteer keys in gazetteerKeys.ts, the second pass's document keys
 * in secondPass.ts.
 */
import * as featureHash from './featureHash';
import { Gazetteer } from './gazetteer';
import type { WordClusters } from './clusters';
import { lexicalKeys } from './lexicalFeatures';
import * as wordInfo from './wordInfo';
import { SharedParts } from './wordInfo';
import type { WordInfo } from './wordInfo';
import type { DocScan, SentKeys, SentPrep } from './featureTypes';
import { ownString } from '../memo';
import { SecondPassKeys } from './secondPass';
import { GazetteerKeys } from './gazetteerKeys';
import { grownInt32 } from '../typedArrays';

// Local copies: a module-to-module binding can compile to a getter call (tsx, vitest), too slow in hot loops.
const hstr = featureHash.hstr;
const hmix = featureHash.hmix;
const K = featureHash.K;
const caseClass = wordInfo.caseClass;
const shapes = wordInfo.shapes;

/** A score or result (`3-1`, `102-98`): documents with several are sports results. */
const SCORE = /^\d{1,3}-\d{1,3}$/;

export type { DocKeys, DocPrep, DocScan, SentKeys, SentPrep } from './featureTypes';

/** What `scanDoc` keeps of a sentence's words (see `FeatureSet.scanned`). */
interface ScannedSentence {
  infos: WordInfo[];
  caps: boolean;
  /** See SentPrep. */
  ids: Int32Array;
  hash: number;
  scores: number;
  generation: number;
}

/** Number of leading keys per token that `DocPrep.combo` identifies. */
export const COMBO_KEYS = 5;

/** The lower-case words seen in lower case in the training text: a Set when training, the model file's sorted list when tagging. */
export interface WordSet {
  has(word: string): boolean;
}

export class FeatureSet {
  readonly gaz: Gazetteer;
  readonly lcSet: WordSet;
  readonly clusters: WordClusters | undefined;
  private cache = new Map<string, WordInfo>();
  private capsCache = new Map<string, WordInfo>();
  private lowerIds = new Map<string, number>();
  /**
   * Bumped when the lower-case ids start over (their table is emptied past two million): a table
   * kept by word id across documents (documentTagging.ts) is then out of date.
   */
  lidEpoch = 0;
  readonly pad: WordInfo;
  // Per-document scratch tables indexed by word id; `stamp` marks which document filled a row.
  private docNo = 0;
  /** The document whose case counts (`scanDoc`) the tables hold. */
  private caseDoc = 0;
  private stamp = new Int32Array(1024);
  private caseCounts = new Int32Array(1024 * 3);
  /** The second pass's document keys (secondPass.ts). */
  readonly pass2 = new SecondPassKeys();
  // Per-sentence scratch: the gazetteer keys, and the keys `sentenceKeys` returns.
  private readonly gazetteerKeys = new GazetteerKeys();
  private sentKeys: SentKeys = { keys: new Uint32Array(1024), off: new Int32Array(128), combo: new Float64Array(128) };

  constructor(gaz: Gazetteer, lcSet: WordSet, clusters?: WordClusters) {
    this.gaz = gaz;
    this.lcSet = lcSet;
    this.clusters = clusters;
    this.pad = this.makeInfo('<PAD>', false);
  }

  clearCache(): void {
    this.cache = new Map();
    this.capsCache = new Map();
    this.shared = new SharedParts();
    this.newGeneration();
  }

  /**
   * After a table the word infos come from was emptied: every sentence scanned so far is out of
   * date (its generation), and is dropped at once, not when the document lets go of its word
   * lists: its word infos were most of what the emptied caches had held (about 8 MB after a 5 MB
   * document, and the per-sentence lists).
   */
  private newGeneration(): void {
    this.generation++;
    this.scanned = new WeakMap();
  }

  /**
   * Bumped whenever a table the word infos come from is emptied: infos made before may then
   * differ from what `info` gives (their lower-case ids can be given to other words).
   */
  private generation = 0;
  /**
   * Per sentence word list (`scanDoc` with `reuse`): its infos, all-caps flag and count of score
   * tokens, made in `generation`. An editor's analyses hand the same list for a sentence whose
   * paragraph is unchanged (analyze.ts), so a keystroke looks up only the new sentences' words.
   */
  private scanned = new WeakMap<readonly string[], ScannedSentence>();

  /** One copy of each shape string and cluster class list for all the word infos (wordInfo.ts). */
  private shared = new SharedParts();

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
        this.stamp = grownInt32(this.stamp, id + 1);
        this.caseCounts = grownInt32(this.caseCounts, this.stamp.length * 3);
      }
    }
    return id;
  }

  private makeInfo(word: string, caps: boolean): WordInfo {
    const lower = word.toLowerCase();
    const [full, short] = shapes(word);
    const [lowerFull, lowerShort] = caps ? shapes(lower) : ['', ''];
    const sh = this.shared.string(caps ? 'C' + lowerShort : short);
    const isPad = word === '<PAD>';
    // The hashes are kept as signed 32-bit integers (`| 0`): unsigned, half of them were numbers
    // boxed on the heap, nine per word. Every reader mixes them with hmix, whose result depends
    // only on their 32 bits (tests/unit/ner-memory.test.ts), or keys a Map with them consistently.
    const lowerH = hstr(lower) | 0;
    const shortH = hstr(isPad ? '<PAD>' : sh) | 0;
    return {
      hBG1: hmix(K.BG1, lowerH) | 0,
      hBG2: hmix(K.BG2, lowerH) | 0,
      hSB1: hmix(K.SB1, shortH) | 0,
      hSB2: hmix(K.SB2, shortH) | 0,
      hST: hmix(K.ST, shortH) | 0,
      hPLS: hmix(K.PLS, lowerH) | 0,
      hNLS: hmix(K.NLS, lowerH) | 0,
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
      fullShape: this.shared.string(full),
      shortShape: this.shared.string(short),
      lowerFullShape: this.shared.string(lowerFull),
      ctxShape: sh,
      clusters: isPad ? undefined : this.shared.classes(this.clusters?.lookup(word)),
      // In the object from the start (a field added later moved every word's fields to a second array).
      vecAt: -1,
      vecGen: 0,
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
        if (this.lowerIds.size > 2000000) {
          this.lowerIds = new Map();
          this.lidEpoch++;
        }
        if (this.shared.size > 200000) this.shared = new SharedParts();
        this.newGeneration();
      }
      // A copy: the word is cut from the article, and a cached slice would keep the article alive.
      const own = ownString(word);
      inf = this.makeInfo(own, caps);
      (caps ? this.capsCache : this.cache).set(own, inf);
    }
    return inf;
  }

  /** Lexical feature keys of a word at offset `o` (-2..2) from the tagged token (lexicalFeatures.ts). */
  lexKeys(inf: WordInfo, o: number): Uint32Array {
    return lexicalKeys(inf, o);
  }

  /**
   * Per-document scan: word infos, all-caps lines, the sports flag and (unless `countCases` is
   * false: an incremental tagging keeps its own, documentTagging.ts) the document case counts per
   * lower form ([lower, Title, UPPER] in non-initial positions outside all-caps lines), which
   * `dcFlags` reads until the next scan. Context keys come per sentence (`sentenceKeys`).
   */
  scanDoc(sentences: string[][], reuse = false, countCases = true): DocScan {
    const doc = ++this.docNo;
    if (countCases) this.caseDoc = doc;
    const sents: SentPrep[] = new Array<SentPrep>(sentences.length);
    let total = 0;
    let scores = 0;
    for (let s = 0; s < sentences.length; s++) {
      const words = sentences[s];
      const n = words.length;
      let known = reuse ? this.scanned.get(words) : undefined;
      let fresh = false;
      if (known === undefined || known.generation !== this.generation) {
        known = this.scanSentence(words);
        fresh = true;
        if (reuse) this.scanned.set(words, known);
      }
      const { infos, caps, ids, hash } = known;
      scores += known.scores;
      sents[s] = { infos, caps, ids, hash, fresh, first: total, keys: EMPTY, off: EMPTY_OFF };
      if (countCases && !caps) {
        // Read after this sentence's infos: a new word's id can grow (replace) the tables.
        const { stamp, caseCounts: counts } = this;
        for (let i = 1; i < n; i++) {
          const c = ids[i] & 7;
          if (c === 0) continue;
          const id = ids[i] >>> 3;
          if (stamp[id] !== doc) {
            stamp[id] = doc;
            counts[id * 3] = counts[id * 3 + 1] = counts[id * 3 + 2] = 0;
          }
          counts[id * 3 + caseSlot(c)]++;
        }
      }
      total += n;
    }
    // In a sports results document (two or more scores) place names are mostly teams.
    return { sents, n: total, sport: scores >= 2 };
  }

  /** One sentence's word infos (the all-caps forms in a sentence written in capitals), all-caps flag and count of score tokens. */
  private scanSentence(words: readonly string[]): ScannedSentence {
    const generation = this.generation;
    const n = words.length;
    const infos = new Array<WordInfo>(n);
    let upper = 0;
    let caps = true;
    let scores = 0;
    for (let i = 0; i < n; i++) {
      const inf = (infos[i] = this.info(words[i], false));
      if (inf.score) scores++;
      const c = inf.caseClass;
      if (c === 1 || c === 2) caps = false;
      else if (c >= 3) upper++;
    }
    caps = caps && upper > 0;
    if (caps) for (let i = 0; i < n; i++) infos[i] = this.info(words[i], true);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = (infos[i].lid << 3) | infos[i].caseClass;
    // A table emptied while this sentence was read: kept as made before it (the next scan makes it again).
    return { infos, caps, ids, hash: sentenceKey(infos), scores, generation: this.generation === generation ? generation : -1 };
  }

  /**
   * Document case flags of token i of a sentence of the last scanned document (capitalized
   * tokens only, the others have none): bit q when the word occurs elsewhere in the document in
   * form q (lower, Title, UPPER), this occurrence not counted.
   */
  dcFlags(sp: SentPrep, i: number): number {
    const id = sp.ids[i] >>> 3;
    return this.stamp[id] === this.caseDoc ? caseFlags(this.caseCounts, id * 3, caseSelf(sp, i)) : 0;
  }

  /**
   * Context keys of one sentence of the last scanned document, into scratch arrays that the next
   * call reuses: token i has keys[off[i]..off[i+1]) and combo id combo[i]. Gazetteer hits,
   * capitalized runs, and document evidence: case flags (`dcFlags`) and, in a sports document,
   * a second key on gazetteer hits and capitalized words. `dc`: the case flags of the sentence's
   * capitalized tokens when the caller has them (an incremental tagging), else `dcFlags`.
   */
  sentenceKeys(sp: SentPrep, sport: boolean, dc?: Int8Array): SentKeys {
    const { infos, caps } = sp;
    const n = infos.length;
    // Gazetteer hits: keys per token (gazetteerKeys.ts).
    const gz = this.gazetteerKeys;
    const nhits = gz.build(this.gaz, infos, caps);
    const gzEnd = gz.end;
    const gzKeys = gz.keys;
    const out = this.sentKeys;
    if (out.off.length < n + 1) {
      out.off = new Int32Array(2 * n + 2);
      out.combo = new Float64Array(2 * n + 2);
    }
    if (out.keys.length < n * 13 + nhits * 2) out.keys = new Uint32Array(2 * (n * 13 + nhits * 2));

    const { keys, off, combo } = out;
    let k = 0;
    let runStart = 0;
    let runEnd = 0;
    off[0] = 0;
    for (let i = 0; i < n; i++) {
      const inf = infos[i];
      const prev = i > 0 ? infos[i - 1] : this.pad;
      const next = i + 1 < n ? infos[i + 1] : this.pad;
      // The first COMBO_KEYS keys depend only on `combo`.
      const ctx = (i === 0 ? 1 : 0) | (caps ? 2 : 0) | (inf.caseClass << 2) | (inf.lcSeen << 5) | (n === 1 ? 64 : 0);
      combo[i] =
        prev.sid < 4096 && inf.sid < 4096 && next.sid < 4096 ? ((prev.sid * 4096 + inf.sid) * 4096 + next.sid) * 128 + ctx : -1;
      keys[k++] = K.BIAS;
      keys[k++] = hmix(K.CTX, ctx);
      keys[k++] = hmix(prev.hSB1, inf.shortH);
      keys[k++] = hmix(inf.hSB2, next.shortH);
      keys[k++] = hmix(hmix(prev.hST, inf.shortH), next.shortH);
      keys[k++] = hmix(prev.hBG1, inf.lowerH);
      keys[k++] = hmix(inf.hBG2, next.lowerH);
      keys[k++] = hmix(prev.hPLS, inf.shortH);
      keys[k++] = hmix(next.hNLS, inf.shortH);
      for (let q = i > 0 ? gzEnd[i - 1] : 0; q < gzEnd[i]; q++) {
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
        keys[k++] = hmix(K.DC, (dc !== undefined ? dc[i] : this.dcFlags(sp, i)) | (inf.caseClass << 3) | (i === 0 ? 64 : 0) | (caps ? 128 : 0));
      }
      off[i + 1] = k;
    }
    return out;
  }
}

/** A hash of a sentence's words (their ids, and the case of the line): SentPrep `hash`. */
export function sentenceKey(infos: WordInfo[]): number {
  let h = infos.length;
  for (let i = 0; i < infos.length; i++) h = hmix(h, infos[i].lid * 2 + (infos[i].caps ? 1 : 0));
  return h;
}

/** Which of the three case counts of a word ([lower, Title, UPPER]) an occurrence of case class `c` (1-4) adds to. */
export function caseSlot(c: number): number {
  return c === 1 ? 0 : c === 3 ? 2 : 1;
}

/** The count slot token i of a sentence added to its word's case counts, -1 when it added none (`scanDoc`: first tokens, all-caps lines). */
export function caseSelf(sp: SentPrep, i: number): number {
  return !sp.caps && i > 0 ? caseSlot(sp.ids[i] & 7) : -1;
}

/**
 * Document case flags from a word's three case counts at counts[b..b+3): bit q when the word
 * occurs in form q elsewhere in the document, the token's own count (`self`, -1: none) left out.
 */
export function caseFlags(counts: Int32Array, b: number, self: number): number {
  let flags = 0;
  for (let q = 0; q < 3; q++) if (counts[b + q] - (q === self ? 1 : 0) > 0) flags |= 1 << q;
  return flags;
}

const EMPTY = new Uint32Array(0);
const EMPTY_OFF = new Int32Array(1);
