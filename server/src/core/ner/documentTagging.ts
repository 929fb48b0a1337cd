/**
 * An open document's NER tagging, kept between two taggings of it (issue 16): an edit changes a
 * sentence or two, and the tagger redoes only the work whose inputs changed.
 *
 * A sentence's tags are not a function of its words alone. Its first pass reads the sports flag
 * and the document case flags of its capitalized tokens (how often each word is written in lower
 * case, Title case and capitals elsewhere: FeatureSet.dcFlags); its second pass reads how the first
 * pass tagged the other occurrences of its capitalized words (secondPass.ts). Both come from
 * counts over the whole document. A tagging without this state counts them over every token and
 * then reads them for every capitalized token; on a long article that was most of a keystroke's
 * tagging. Here the counts are kept per document and changed by the sentences that came and went:
 *  1. The new document's sentences are matched with the kept ones by their words (the same
 *     WordInfo objects, in order). A sentence that found no match is new; a kept one that no
 *     sentence matched is gone.
 *  2. The case counts lose the gone sentences and gain the new ones. A matched sentence keeps its
 *     first pass unless one of its capitalized words' counts changed and its flags with them.
 *  3. The tag counts lose the gone sentences' first-pass tags, gain the new sentences', and swap
 *     those of the matched sentences whose first pass changed. A matched sentence keeps its second
 *     pass when its first pass was kept and the evidence its capitalized words read from the
 *     counts (secondPass.ts `evidence`, which decides its keys) is the same. One whose first pass
 *     ran again runs its second too, even with the same first-pass tags: the second pass's scores
 *     read the case flags as well.
 * So the tags are exactly those of a tagging without this state (tests/fuzz/ner-cache.test.ts).
 */
import type { NerModel } from './model';
import type { WordInfo } from './wordInfo';
import type { DocKeys, DocScan, SentPrep } from './featureTypes';
import * as features from './features';
import * as secondPass from './secondPass';

// Local copies: a module-to-module binding can compile to a getter call (tsx, vitest), too slow in hot loops.
const caseFlags = features.caseFlags;
const caseSelf = features.caseSelf;
const caseSlot = features.caseSlot;
const evidence = secondPass.evidence;
const longSlot = secondPass.longSlot;
const tagSlot = secondPass.tagSlot;

/** Where the first- and second-pass tags sit in a kept token's packed value (see DocumentTagging `data`). */
const FIRST = 8;
const SECOND = 16;

export class DocumentTagging {
  /** The tagger, pass setting, sports flag and word-id epoch the kept work was done with; another clears it. */
  private model: NerModel | undefined;
  private twoPass = false;
  private sport = false;
  private lidEpoch = -1;
  // The sentences of the latest tagging, in document order, in flat arrays (a long article's
  // thousand sentence objects, each read once a keystroke, missed the CPU caches): per sentence
  // its word infos, SentPrep `ids`, hash and all-caps flag, and where its tokens start in `data`.
  private infos: WordInfo[][] = [];
  private ids: Int32Array[] = [];
  private hashes: Int32Array = new Int32Array(0);
  private caps: Uint8Array = new Uint8Array(0);
  private starts: Int32Array = new Int32Array(1);
  /**
   * Per token of the latest tagging: its case flags (low byte, signed; -1 for a token that has
   * none: not capitalized), first-pass tag (next byte) and second-pass tag (next).
   */
  private data: Int32Array = new Int32Array(0);
  /** With two passes, per token: its second-pass evidence (secondPass.ts; 0 for a token that has none). */
  private evid: Int32Array = new Int32Array(0);
  /** Each word id's (WordInfo `lid`) row in the count tables. */
  private rowOf = new Map<number, number>();
  /** Per row, the word's case counts [lower, Title, UPPER] as FeatureSet.scanDoc counts them. */
  private cases: Int32Array = new Int32Array(3 * 256);
  /** Per row, the first-pass tag counts of its capitalized occurrences, as SecondPassKeys.countTags counts them. */
  private tagCounts: Int32Array = new Int32Array(9 * 256);
  /** Rows after the last count from scratch: words typed and deleted leave rows behind, so the tables are counted again once they have doubled. */
  private liveRows = 0;
  /** Word ids whose case counts, and tag counts, the current tagging changed. */
  private readonly changedCases = new Set<number>();
  private readonly changedTags = new Set<number>();
  // Per-sentence scratch: case flags, second-pass evidence, first-pass tags, second-pass keys.
  private dc = new Int8Array(256);
  private ev = new Int32Array(256);
  private old = new Uint8Array(256);
  private readonly keys: DocKeys = { keys: new Uint32Array(1024), off: new Int32Array(128) };

  /**
   * `maxSentences`: a longer document is tagged without kept work, and none is kept for it (a
   * very long document: analysisCache.ts, SENTENCE_BUDGET).
   */
  constructor(readonly maxSentences = Infinity) {}

  /** Sentences kept (those of the latest tagging). */
  get size(): number {
    return this.infos.length;
  }

  /** Whether a document of this many sentences is tagged with kept work. */
  fits(sentences: number): boolean {
    return sentences <= this.maxSentences;
  }

  /** Lets all the kept work go (NerModel.clearCaches: its word infos could never match again). */
  clear(): void {
    this.keep([], new Int32Array(0), new Int32Array(0));
    this.recount();
  }

  /** The tags of a scanned document (scanned without its case counts), per sentence: the second pass's when `two`, else the first's. */
  tag(model: NerModel, doc: DocScan, two: boolean): Uint8Array[] {
    if (model !== this.model) model.tracks(this);
    const epoch = model.fs.lidEpoch;
    if (model !== this.model || two !== this.twoPass || doc.sport !== this.sport || epoch !== this.lidEpoch) this.clear();
    this.model = model;
    this.twoPass = two;
    this.sport = doc.sport;
    this.lidEpoch = epoch;
    if (this.rowOf.size > 2 * this.liveRows + 4096) this.recount();
    this.changedCases.clear();
    this.changedTags.clear();

    const { sents, sport } = doc;
    const nS = sents.length;
    const match = matchSentences(sents, this.infos, this.hashes);
    const gone = new Uint8Array(this.infos.length).fill(1);
    for (let s = 0; s < nS; s++) if (match[s] >= 0) gone[match[s]] = 0;
    for (let p = 0; p < gone.length; p++) if (gone[p]) this.countCases(this.ids[p], this.caps[p] === 1, -1);
    for (let s = 0; s < nS; s++) if (match[s] < 0) this.countCases(sents[s].ids, sents[s].caps, 1);

    // First pass. A matched sentence's kept values are copied to `data` and `evid`; those of a
    // sentence whose pass runs are written over.
    const data = new Int32Array(doc.n);
    const evid = two ? new Int32Array(doc.n) : this.evid;
    const tags1 = new Uint8Array(doc.n);
    const first = new Array<Uint8Array>(nS);
    const ran = new Uint8Array(nS);
    const changed = new Uint8Array(nS);
    for (let s = 0; s < nS; s++) {
      const sp = sents[s];
      const n = sp.infos.length;
      const g = sp.first;
      const tags = (first[s] = tags1.subarray(g, g + n));
      const p = match[s];
      const o = p >= 0 ? this.starts[p] : -1;
      const dc = p < 0 || touches(sp.ids, this.changedCases) ? this.caseFlagsOf(sp) : undefined;
      // dc undefined: the sentence is matched and none of its capitalized words' case counts changed.
      if (dc === undefined || (p >= 0 && sameCaseFlags(this.data, o, dc, n))) {
        for (let i = 0; i < n; i++) {
          const v = (data[g + i] = this.data[o + i]);
          tags[i] = (v >>> FIRST) & 0xff;
        }
        if (two) for (let i = 0; i < n; i++) evid[g + i] = this.evid[o + i];
        continue;
      }
      model.firstPass(sp, sport, dc, tags);
      ran[s] = 1;
      for (let i = 0; i < n; i++) data[g + i] = (dc[i] & 0xff) | (tags[i] << FIRST);
      changed[s] = p < 0 || !sameTags(this.data, o, tags, n) ? 1 : 0;
    }
    if (!two) {
      this.keep(sents, data, evid);
      return first;
    }

    for (let p = 0; p < gone.length; p++) if (gone[p]) this.countTags(this.ids[p], this.oldTags(p), -1);
    for (let s = 0; s < nS; s++) {
      if (changed[s] === 0) continue;
      if (match[s] >= 0) this.countTags(this.ids[match[s]], this.oldTags(match[s]), -1);
      this.countTags(sents[s].ids, first[s], 1);
    }

    // Second pass. A sentence whose first pass ran again has new scores for this pass too (they
    // read its case flags); one whose first pass was kept has none, and they are computed again.
    const tags2 = new Uint8Array(doc.n);
    const out = new Array<Uint8Array>(nS);
    for (let s = 0; s < nS; s++) {
      const sp = sents[s];
      const n = sp.infos.length;
      const g = sp.first;
      const tags = (out[s] = tags2.subarray(g, g + n));
      const ev = ran[s] === 1 || touches(sp.ids, this.changedTags) ? this.evidenceOf(sp, first[s]) : undefined;
      // ev undefined: the first pass was kept and none of its capitalized words' tag counts changed.
      if (ev === undefined || (ran[s] === 0 && sameEvidence(evid, g, ev, n))) {
        for (let i = 0; i < n; i++) tags[i] = (data[g + i] >>> SECOND) & 0xff;
        continue;
      }
      const { keys, off } = secondPass.evidenceKeys(ev, n, sp.caps ? 1 : 0, this.keys);
      model.secondPass(sp, sport, ran[s] === 0 ? this.caseFlagsIn(data, g, n) : undefined, keys, off, ran[s] === 1, tags);
      for (let i = 0; i < n; i++) {
        data[g + i] = (data[g + i] & 0xffff) | (tags[i] << SECOND);
        evid[g + i] = ev[i];
      }
    }
    this.keep(sents, data, evid);
    return out;
  }

  /** Keeps a tagging's sentences and per-token values. */
  private keep(sents: SentPrep[], data: Int32Array, evid: Int32Array): void {
    const nS = sents.length;
    this.infos = sents.map((sp) => sp.infos);
    this.ids = sents.map((sp) => sp.ids);
    this.hashes = new Int32Array(nS);
    this.caps = new Uint8Array(nS);
    this.starts = new Int32Array(nS + 1);
    for (let s = 0; s < nS; s++) {
      this.hashes[s] = sents[s].hash;
      this.caps[s] = sents[s].caps ? 1 : 0;
      this.starts[s] = sents[s].first;
    }
    this.starts[nS] = data.length;
    this.data = data;
    this.evid = evid;
  }

  /** Counts the kept sentences from scratch, in fresh tables. */
  private recount(): void {
    this.rowOf = new Map();
    this.cases = new Int32Array(3 * 256);
    this.tagCounts = new Int32Array(9 * 256);
    for (let p = 0; p < this.infos.length; p++) {
      this.countCases(this.ids[p], this.caps[p] === 1, 1);
      if (this.twoPass) this.countTags(this.ids[p], this.oldTags(p), 1);
    }
    this.liveRows = this.rowOf.size;
  }

  /** The row of a word id, made when it has none. */
  private rowFor(lid: number): number {
    let row = this.rowOf.get(lid);
    if (row === undefined) {
      row = this.rowOf.size;
      this.rowOf.set(lid, row);
      if (9 * row + 9 > this.tagCounts.length) {
        const cases = new Int32Array(6 * row + 6);
        cases.set(this.cases);
        this.cases = cases;
        const tagCounts = new Int32Array(18 * row + 18);
        tagCounts.set(this.tagCounts);
        this.tagCounts = tagCounts;
      }
    }
    return row;
  }

  /** Adds (sign 1) or takes away (-1) a sentence's words from the case counts, as FeatureSet.scanDoc counts them. */
  private countCases(ids: Int32Array, caps: boolean, sign: number): void {
    if (caps) return;
    for (let i = 1; i < ids.length; i++) {
      const c = ids[i] & 7;
      if (c === 0) continue;
      const lid = ids[i] >>> 3;
      this.cases[this.rowFor(lid) * 3 + caseSlot(c)] += sign;
      this.changedCases.add(lid);
    }
  }

  /** Adds (sign 1) or takes away (-1) a sentence's first-pass tags from the tag counts, as SecondPassKeys.countTags counts them. */
  private countTags(ids: Int32Array, tags: Uint8Array, sign: number): void {
    for (let i = 0; i < ids.length; i++) {
      if ((ids[i] & 7) < 2) continue;
      const lid = ids[i] >>> 3;
      const b = this.rowFor(lid) * 9;
      const t = tags[i];
      this.tagCounts[b + tagSlot(t)] += sign;
      const l = longSlot(t);
      if (l >= 0) this.tagCounts[b + l] += sign;
      this.changedTags.add(lid);
    }
  }

  /** The case flags of a sentence's tokens from the kept counts (FeatureSet.dcFlags; -1 for tokens that have none), in scratch. */
  private caseFlagsOf(sp: SentPrep): Int8Array {
    const n = sp.ids.length;
    if (this.dc.length < n) this.dc = new Int8Array(2 * n);
    const { dc, rowOf, cases } = this;
    const ids = sp.ids;
    for (let i = 0; i < n; i++) {
      if ((ids[i] & 7) < 2) dc[i] = -1;
      else {
        const row = rowOf.get(ids[i] >>> 3);
        dc[i] = row === undefined ? 0 : caseFlags(cases, row * 3, caseSelf(sp, i));
      }
    }
    return dc;
  }

  /** The case flags packed in data[g..g+n), in scratch. */
  private caseFlagsIn(data: Int32Array, g: number, n: number): Int8Array {
    if (this.dc.length < n) this.dc = new Int8Array(2 * n);
    for (let i = 0; i < n; i++) this.dc[i] = (data[g + i] << 24) >> 24;
    return this.dc;
  }

  /** The first-pass tags of kept sentence p, in scratch. */
  private oldTags(p: number): Uint8Array {
    const o = this.starts[p];
    const n = this.starts[p + 1] - o;
    if (this.old.length < n) this.old = new Uint8Array(2 * n);
    for (let i = 0; i < n; i++) this.old[i] = (this.data[o + i] >>> FIRST) & 0xff;
    return this.old;
  }

  /** The second-pass evidence of a sentence's capitalized tokens from the kept tag counts (0 for the others), in scratch. */
  private evidenceOf(sp: SentPrep, tags: Uint8Array): Int32Array {
    const n = sp.ids.length;
    if (this.ev.length < n) this.ev = new Int32Array(2 * n);
    const { ev, rowOf, tagCounts } = this;
    const ids = sp.ids;
    // Every capitalized token of the document was counted, so its word has a row.
    for (let i = 0; i < n; i++) ev[i] = (ids[i] & 7) < 2 ? 0 : evidence(tagCounts, (rowOf.get(ids[i] >>> 3) as number) * 9, tags[i]);
    return ev;
  }

}

/**
 * For each sentence, a kept sentence with the same words (the same WordInfo objects in order: so
 * the same case of line too) that no other sentence took, or -1. An edit leaves the sentences
 * before it where they were and moves those after it by as many sentences as it added, so each
 * sentence is first compared with the kept one at its place moved as much as the last match was,
 * then with a few around it. Past those, a sentence scanned anew (its word list is new: the
 * edited ones) is taken as new, and any other is looked for by its hash (a long paste moved it).
 */
function matchSentences(sents: SentPrep[], kept: WordInfo[][], hashes: Int32Array): Int32Array {
  const taken = new Uint8Array(kept.length);
  const match = new Int32Array(sents.length).fill(-1);
  let byHash: HashIndex | undefined;
  let shift = 0;
  for (let s = 0; s < sents.length; s++) {
    const sp = sents[s];
    let p = -1;
    for (let d = 0; d <= 2 * NEAR && p < 0; d++) {
      // Tried in the order 0, +1, -1, +2, -2...
      const q = s + shift + ((d & 1) === 1 ? (d + 1) >> 1 : -(d >> 1));
      if (q >= 0 && q < kept.length && taken[q] === 0 && sameWords(kept[q], sp.infos)) p = q;
    }
    if (p < 0 && !sp.fresh) p = (byHash ??= new HashIndex(hashes)).find(sp, kept, taken);
    if (p < 0) continue;
    match[s] = p;
    taken[p] = 1;
    shift = p - s;
  }
  return match;
}

/** How far from its expected place a sentence is looked for among the kept ones (matchSentences). */
const NEAR = 4;

/** The kept sentences by hash, chained in document order. */
class HashIndex {
  private readonly head = new Map<number, number>();
  private readonly nextSame: Int32Array;

  constructor(hashes: Int32Array) {
    this.nextSame = new Int32Array(hashes.length);
    for (let p = hashes.length - 1; p >= 0; p--) {
      this.nextSame[p] = this.head.get(hashes[p]) ?? -1;
      this.head.set(hashes[p], p);
    }
  }

  /** The first kept sentence not taken with the words of `sp`, or -1. */
  find(sp: SentPrep, kept: WordInfo[][], taken: Uint8Array): number {
    // The hashes were kept as 32-bit integers (sentenceKey's may be past 2^31).
    for (let p = this.head.get(sp.hash | 0) ?? -1; p >= 0; p = this.nextSame[p]) if (taken[p] === 0 && sameWords(kept[p], sp.infos)) return p;
    return -1;
  }
}

function sameWords(a: WordInfo[], b: WordInfo[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Does the sentence have a capitalized token whose word is in `changed`? */
function touches(ids: Int32Array, changed: Set<number>): boolean {
  if (changed.size === 0) return false;
  for (let i = 0; i < ids.length; i++) if ((ids[i] & 7) >= 2 && changed.has(ids[i] >>> 3)) return true;
  return false;
}

function sameCaseFlags(data: Int32Array, o: number, dc: Int8Array, n: number): boolean {
  for (let i = 0; i < n; i++) if ((data[o + i] << 24) >> 24 !== dc[i]) return false;
  return true;
}

function sameTags(data: Int32Array, o: number, tags: Uint8Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (((data[o + i] >>> FIRST) & 0xff) !== tags[i]) return false;
  return true;
}

function sameEvidence(evid: Int32Array, g: number, ev: Int32Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (evid[g + i] !== ev[i]) return false;
  return true;
}
