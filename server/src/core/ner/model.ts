/**
 * The NER model at run time: quantized weights used in place and fast tagging (emission sums in
 * emissions.ts, then Viterbi per pass). The file format is in modelFile.ts.
 */
import { FeatureSet, type DocPrep, type DocScan, type SentPrep, type WordSet } from './features';
import type { DocumentTagging } from './documentTagging';
import { decodeSentence, PRED, transitionTables } from './viterbi';
import { Gazetteer } from './gazetteer';
import type { WordClusters } from './clusters';
import { NT as TAGS_NT, TYPES, tagKind, tagType } from './tags';
import { decodeModelFile } from './modelFile';
import { Emissions } from './emissions';

/** Local copy: a module binding can compile to a getter call (tsx, vitest), too slow in hot loops. */
const NT = TAGS_NT;
/** The largest second-pass score array a tagger keeps between documents (entries: 4 MB). */
const MAX_KEPT_PASS2 = 1 << 20;

/** IOB2 tag string of each BILOU tag index (valid BILOU sequences only: U and B open, I and L continue). */
const IOB2: string[] = Array.from({ length: NT }, (_, t) =>
  t === 0 ? 'O' : (tagKind(t) === 0 || tagKind(t) === 3 ? 'B-' : 'I-') + TYPES[tagType(t)],
);

export class NerModel {
  readonly fs: FeatureSet;
  readonly meta: Record<string, string | number>;
  readonly npass: number;
  /** Use the second (document-level) pass when the model has one. */
  twoPass: boolean;
  /** Emission scores of a sentence's tokens, both passes (emissions.ts). */
  readonly emissions: Emissions;
  /** Per pass: the scale of its integer scores. */
  private readonly scales: number[];
  /**
   * Second-pass scores of the document being tagged, between its two passes (token g:
   * p2[g * NT + t]): 16 bits each while they fit (`keepPass2Scores` widens the array when one
   * does not), half the memory of a long document's tagging.
   */
  private p2: Int16Array | Int32Array = new Int16Array(0);
  /** The array `p2` is for documents of up to MAX_KEPT_PASS2 / NT tokens, kept between them. */
  private p2Kept = new Int16Array(0);
  /** One sentence's second-pass scores while its document keys are added (`decodePass2`). */
  private s2 = new Int32Array(256 * NT);
  /** Per pass: transition scores of the allowed pairs in PRED order, and from the sentence start. */
  private readonly transPred: Float64Array[];
  private readonly transStart: Float64Array[];

  /** `table` as `lookupTable` builds it (the model file holds it). */
  constructor(
    table: Int32Array,
    W: Int8Array,
    scales: number[],
    trans: Float64Array[],
    fs: FeatureSet,
    meta: Record<string, string | number> = {},
  ) {
    this.fs = fs;
    this.meta = meta;
    this.npass = scales.length;
    this.emissions = new Emissions(table, W, this.npass, fs);
    this.twoPass = this.npass > 1;
    this.scales = scales;
    this.transPred = trans.map(() => new Float64Array(PRED.length));
    this.transStart = trans.map(() => new Float64Array(NT));
    trans.forEach((tr, p) => transitionTables(tr, this.transPred[p], this.transStart[p]));
  }

  /** The tagger of a model file's bytes (see modelFile.ts), used in place. */
  static fromBuffer(buf: Buffer, gaz: Gazetteer, clusters?: WordClusters): NerModel {
    const f = decodeModelFile(buf);
    // The vocabulary is searched in place: a Set of its 10,000 words would cost the first analysis about 5 ms.
    const lcSet: WordSet = { has: (word) => f.vocab.find(word) >= 0 };
    // A model trained with word clusters needs them to score as trained (its header says so).
    if (f.meta['clusters'] && clusters === undefined) throw new Error('this NER model needs its word clusters (ner-clusters.txt)');
    return new NerModel(f.table, f.W, f.scales, f.trans, new FeatureSet(gaz, lcSet, f.meta['clusters'] ? clusters : undefined), f.meta);
  }

  /**
   * Empties the word caches (the feature set's word infos, their score vectors, the context sums):
   * they fill again as words are met, with the same values. Combo ids stay valid: they are made of
   * shape ids, which the feature set keeps.
   */
  clearCaches(): void {
    this.fs.clearCache();
    this.emissions.clear();
    // A document's kept tagging matches a sentence by the identity of its word infos, all made
    // anew from now on: its sentences would never match again, and they held most of the old
    // infos (an open 5 MB document's, about 8,000 sentences' worth).
    this.keptTaggings = this.keptTaggings.filter((ref) => {
      const cache = ref.deref();
      cache?.clear();
      return cache !== undefined;
    });
  }

  /** The documents' kept taggings that have tagged with this model (see clearCaches), each once. */
  private keptTaggings: WeakRef<DocumentTagging>[] = [];

  /** Called by a document's kept tagging the first time it tags with this model. */
  tracks(cache: DocumentTagging): void {
    if (this.keptTaggings.length >= 64) this.keptTaggings = this.keptTaggings.filter((ref) => ref.deref() !== undefined);
    this.keptTaggings.push(new WeakRef(cache));
  }

  /** Copies the second pass's scores of the sentence in the emission scratch (n tokens) to p2[base...] (NT per token). */
  private keepPass2Scores(n: number, base: number): void {
    const e = this.emissions.scratch;
    const w = this.npass * NT;
    let p2 = this.p2;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < NT; t++) {
        const v = e[i * w + NT + t];
        if (v !== (v << 16) >> 16 && p2 instanceof Int16Array) {
          const wide = new Int32Array(p2.length);
          wide.set(p2);
          this.p2 = p2 = wide;
        }
        p2[base + i * NT + t] = v;
      }
    }
  }

  /** Decodes the second pass of a sentence of n tokens whose scores are at p2[base...], its document keys added. */
  private decodePass2(keys: Uint32Array, off: Int32Array, n: number, base: number, out: Uint8Array): void {
    const len = n * NT;
    if (this.s2.length < len) this.s2 = new Int32Array(len * 2);
    const { s2, p2 } = this;
    for (let j = 0; j < len; j++) s2[j] = p2[base + j];
    this.emissions.addPass2(keys, off, n, s2);
    if (n > 0) decodeSentence(s2, 0, NT, this.scales[1], this.transPred[1], this.transStart[1], n, out);
  }

  /**
   * Sets `p2` for a document of nTok tokens (each sentence's scores are written by
   * `keepPass2Scores` before they are read): the kept array when it is large
   * enough (documents of up to about 60,000 tokens), else one for this tagging alone, so a very
   * long document does not leave them behind (issue 16: 5 MB of prose kept 272 MB of scores).
   */
  private pass2Scores(nTok: number): void {
    const need = nTok * NT;
    if (need > MAX_KEPT_PASS2) this.p2 = new Int16Array(need);
    else {
      if (this.p2Kept.length < need) this.p2Kept = new Int16Array(Math.min(MAX_KEPT_PASS2, need * 2));
      this.p2 = this.p2Kept;
    }
  }

  /**
   * BILOU tag indexes per token for a document given as tokenized sentences. With a document's
   * kept tagging, the work of the sentences whose inputs are unchanged since its last document is
   * reused (documentTagging.ts); the tags are the same as without.
   */
  tagBilou(sentences: string[][], cache?: DocumentTagging): Uint8Array[] {
    const incremental = cache !== undefined && cache.fits(sentences.length);
    if (cache !== undefined && !incremental) cache.clear();
    // With a kept tagging (an editor's document), a sentence's word list that comes again keeps its
    // infos; the kept tagging counts the document's cases itself.
    const doc = this.fs.scanDoc(sentences, cache !== undefined, !incremental);
    const two = this.twoPass && this.npass > 1;
    if (two) this.pass2Scores(doc.n);
    const tags = incremental ? cache.tag(this, doc, two) : this.tagScanned(doc, two);
    // A long document's scores go now (the kept array stays).
    this.p2 = this.p2Kept;
    return tags;
  }

  /** The tags of a scanned document (with its case counts), both passes when `two`. */
  private tagScanned(doc: DocScan, two: boolean): Uint8Array[] {
    const nS = doc.sents.length;
    const tags1 = new Uint8Array(doc.n);
    const first: Uint8Array[] = new Array<Uint8Array>(nS);
    for (let s = 0; s < nS; s++) {
      const sp = doc.sents[s];
      first[s] = tags1.subarray(sp.first, sp.first + sp.infos.length);
      this.firstPass(sp, doc.sport, undefined, first[s]);
    }
    if (!two) return first;
    const pass2 = this.fs.pass2;
    pass2.countTags(doc, first);
    const tags2 = new Uint8Array(doc.n);
    const out: Uint8Array[] = new Array<Uint8Array>(nS);
    for (let s = 0; s < nS; s++) {
      const sp = doc.sents[s];
      out[s] = tags2.subarray(sp.first, sp.first + sp.infos.length);
      const { keys, off } = pass2.sentenceKeys(sp, first[s]);
      this.decodePass2(keys, off, sp.infos.length, sp.first * NT, out[s]);
    }
    return out;
  }

  /**
   * The first pass of one sentence of the document being tagged, into `out`: its emission scores
   * (both passes; with the case flags `dc`, else the scanned document's), decoded; the second
   * pass's scores are kept for `secondPass`. For tagBilou and documentTagging.ts.
   */
  firstPass(sp: SentPrep, sport: boolean, dc: Int8Array | undefined, out: Uint8Array): void {
    const n = sp.infos.length;
    const e = this.emissions.inScratch(sp, sport, dc);
    if (n > 0) decodeSentence(e, 0, this.npass * NT, this.scales[0], this.transPred[0], this.transStart[0], n, out);
    if (this.twoPass && this.npass > 1) this.keepPass2Scores(n, sp.first * NT);
  }

  /**
   * The second pass of one sentence, given its document keys, into `out`. `scored`: `firstPass`
   * ran on it in this tagging; else its emission scores are computed again (case flags `dc`).
   */
  secondPass(sp: SentPrep, sport: boolean, dc: Int8Array | undefined, keys: Uint32Array, off: Int32Array, scored: boolean, out: Uint8Array): void {
    const n = sp.infos.length;
    if (!scored) {
      this.emissions.inScratch(sp, sport, dc);
      this.keepPass2Scores(n, sp.first * NT);
    }
    this.decodePass2(keys, off, n, sp.first * NT, out);
  }

  /** IOB2 tags (`B-PER`, `I-ORG`, `O`) per token. */
  tagDocument(sentences: string[][], cache?: DocumentTagging): string[][] {
    return this.tagBilou(sentences, cache).map((tags) => {
      const out = new Array<string>(tags.length);
      for (let i = 0; i < tags.length; i++) out[i] = IOB2[tags[i]];
      return out;
    });
  }
}

export type { DocPrep };
