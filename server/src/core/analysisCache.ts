import type { NumberMention, Paragraph, Sentence, Span, Token } from './article';
import { splitSentences } from './segment/sentences';
import { tokenizeInto } from './tokenize';
import { recognizeParagraphNumbers, type RecognizeOptions } from './numbers';
import type { SentenceWork, SentenceWorkMemo } from './claims/analyzeClaims';
import { createNerCache, type NerCache } from './ner/nerTagger';
import { pieceWords, titleCased, type PieceWords } from './entities/textWords';
import { capitalizedWords } from './entities/propagate';
import { ownString, StringMemo } from './memo';

/**
 * What an analysis may reuse from the previous analysis of the same document (issue 16,
 * incremental analysis by paragraph). The language server keeps one per open document
 * (lsp/articleCache.ts); `analyzeArticle(text, options)` without one analyses from scratch
 * through the same paragraph functions, so both give the same Article, field by field
 * (tests/fuzz/incremental.test.ts).
 *
 * Every entry is the result of a pure function of its key, and the key is everything that
 * function reads: the function runs on a copy of the paragraph's text alone (offsets relative
 * to it), so it cannot read a neighbour by accident. The results are rebased to the document's
 * offsets by analyze.ts each time; cached objects are never handed out.
 *
 * Memory: an analysis marks what it uses (`begin` ... `end`); entries the latest analysis did not
 * use are dropped, so the cache holds about one copy of the document's paragraphs.
 *
 * The named-entity tagger keeps its own cache (`ner`, core/ner/): its tags of a sentence depend on
 * document-wide evidence too, so it keys each sentence on that evidence as well as its words, and
 * drops what the latest call did not use on its own terms (tests/fuzz/ner-cache.test.ts).
 */
export class AnalysisCache {
  /** Paragraph text -> its sentences, tokens and numbers. */
  private readonly paragraphs = new UsedMap<ParagraphEntry>();
  /**
   * A body sentence's attributions and statistic phrases found from its own words, kept by what
   * those rules read (claims/analyzeClaims.ts, `Sourcing.work`): its text (as its paragraph's
   * entry and its place there), where its checked part starts and its masked text. At most
   * `maxSentences` (see SENTENCE_BUDGET).
   */
  readonly sentenceWork: SentenceWorkTable;
  /** The named-entity tagger's kept tagging of the document (core/ner/documentTagging.ts), for documents of at most NER_BUDGET_FACTOR x `maxSentences` sentences. */
  readonly ner: NerCache;

  /**
   * `maxSentences`: the budget of each per-sentence table (tests give a small one). `kept`: false
   * for the session of one analysis (`analyzeArticle` without a cache, as `check` runs it): its
   * entries go with the analysis, so their keys are not copied and token texts not shared (both
   * are for memory held between keystrokes, and cost a batch about 5% of its time).
   */
  constructor(
    readonly maxSentences = SENTENCE_BUDGET,
    private readonly kept = true,
  ) {
    this.sentenceWork = new SentenceWorkTable(maxSentences);
    this.ner = createNerCache(NER_BUDGET_FACTOR * maxSentences);
  }

  /** Marks the start of an analysis: from here on, entries count as used when read or written. */
  begin(): void {
    this.paragraphs.begin();
    this.sentenceWork.begin();
  }

  /** Marks the end of an analysis: what it did not use is dropped. */
  end(): void {
    this.paragraphs.end();
    this.sentenceWork.end();
  }

  /** Entries held (for tests of the memory rule). */
  get size(): number {
    return this.paragraphs.size + this.sentenceWork.size;
  }

  /**
   * The paragraph `text` (the plain text of one paragraph span): its sentences and tokens,
   * offsets relative to its start. Sentence splitting and tokenizing read nothing outside the
   * paragraph (a paragraph ends at a line end, and what follows is white space).
   */
  paragraph(text: string): ParagraphEntry {
    let hit = this.paragraphs.get(text);
    if (hit === undefined) {
      const own = this.kept ? ownString(text) : text;
      hit = segment(own, this.kept);
      this.paragraphs.set(own, hit, own);
    }
    return hit;
  }

  /**
   * The claim rules' memo of sentence work for one analysis: sentence si is sentence j of the
   * paragraph whose entry is entries[k], k its paragraph's index.
   */
  sentenceWorkOf(entries: readonly ParagraphEntry[], paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): SentenceWorkMemo {
    const table = this.sentenceWork;
    return {
      get: (si, rel, masked) => table.get(entries[sentences[si].paragraph], placeInParagraph(sentences[si], paragraphs), rel, masked),
      set: (si, rel, masked, work) => table.set(entries[sentences[si].paragraph], placeInParagraph(sentences[si], paragraphs), rel, masked, work),
    };
  }

  /**
   * The words of a paragraph for dropCommonWords (entities/textWords.ts): a function of its text
   * alone; what precedes the paragraph is read when they are merged.
   */
  wordsOf(entry: ParagraphEntry): PieceWords {
    return (entry.words ??= pieceWords(entry.text));
  }

  /** The capitalized words of the paragraph's sentence `j` (entities/propagate.ts), offsets relative to the paragraph. */
  capitalsOf(entry: ParagraphEntry, j: number): Int32Array {
    const known = (entry.capitals ??= paragraphCapitals(entry));
    return known.subarray(known[j], known[j + 1]);
  }

  /** Is the paragraph's sentence `j` (counted from its first) in title case? A function of its text. */
  titleCasedOf(entry: ParagraphEntry, j: number): boolean {
    const known = (entry.titleCased ??= new Uint8Array(entry.sentences.length / 4));
    if (known[j] === 0) known[j] = titleCased(entry.text.slice(entry.sentences[4 * j], entry.sentences[4 * j + 1])) ? 2 : 1;
    return known[j] === 2;
  }

  /**
   * The numbers of a paragraph, offsets relative to its start and `sentence` relative to its
   * first sentence. They read the paragraph's text, its sentences (a function of that text),
   * whether a line break comes before it (a line's first token may be a list marker), the
   * article date and the day-first option: the entry is the text's, the rest is `numbersKey`.
   * An entry keeps the numbers of the latest options only.
   */
  numbersOf(entry: ParagraphEntry, lineBreakBefore: boolean, options: RecognizeOptions): NumberMention[] {
    const key = `${options.articleDate ?? ''}\u0000${options.dayFirst === false ? 'm' : 'd'}${lineBreakBefore ? '\n' : ' '}`;
    if (entry.numbers === undefined || entry.numbersKey !== key) {
      // One character before the paragraph stands for what precedes it: a line break or a space.
      const own = (lineBreakBefore ? '\n' : ' ') + entry.text;
      const sentences = [];
      for (let k = 0; k < entry.sentences.length; k += 4) sentences.push({ index: k / 4, start: entry.sentences[k] + 1, end: entry.sentences[k + 1] + 1 });
      entry.numbers = recognizeParagraphNumbers(own, sentences, options).map((n) => shifted(n, -1, 0));
      entry.numbersKey = key;
    }
    return entry.numbers;
  }
}

/** Sentence `s`'s place among its paragraph's sentences (j in ParagraphEntry's per-sentence tables). */
export function placeInParagraph(s: Sentence, paragraphs: readonly Paragraph[]): number {
  return s.index - paragraphs[s.paragraph].sentences[0];
}

/**
 * What the cache knows of one paragraph text, offsets relative to its start, packed (a long
 * document has a million tokens): sentences as `start, end, tokenStart, tokenEnd` (token indexes
 * relative to the paragraph's first token), tokens as `start, end` pairs (16 bits each in a
 * paragraph under 65,536 code units, as nearly all are: 4 MB less for a 5 MB document) and their
 * texts, sentence by sentence.
 */
export interface ParagraphEntry {
  text: string;
  sentences: Int32Array;
  tokens: Int32Array | Uint16Array;
  /**
   * The token texts of each sentence (sentences hold every token of the paragraph, in order). The
   * same lists on every analysis of the paragraph: the NER tagger and findMentions keep their work
   * per list (ner/features.ts `scanDoc`, entities/mentions.ts). One list per paragraph beside
   * them cost 7.4 MB more for a 5 MB document.
   */
  sentenceTexts: string[][];
  numbersKey?: string;
  numbers?: NumberMention[];
  words?: PieceWords;
  /** By sentence: 0 not known yet, 1 not in title case, 2 in title case. */
  titleCased?: Uint8Array;
  /**
   * When first asked, the capitalized words of all its sentences in one array (one per sentence
   * cost 230 bytes each, 8 MB for a 5 MB document): sentence j's from `capitals[j]` to
   * `capitals[j + 1]`, after the n + 1 offsets.
   */
  capitals?: Int32Array;
}

function paragraphCapitals(entry: ParagraphEntry): Int32Array {
  const n = entry.sentences.length / 4;
  const parts: Int32Array[] = [];
  let size = n + 1;
  for (let j = 0; j < n; j++) {
    const words = capitalizedWords(entry.text, entry.sentences[4 * j], entry.sentences[4 * j + 1], 0);
    parts.push(words);
    size += words.length;
  }
  const out = new Int32Array(size);
  out[0] = n + 1;
  parts.forEach((p, j) => {
    out.set(p, out[j]);
    out[j + 1] = out[j] + p.length;
  });
  return out;
}

/** `share`: token texts are the strings of `tokenTexts` (see there). */
function segment(text: string, share: boolean): ParagraphEntry {
  const tokens: Token[] = [];
  const spans = splitSentences(text, { start: 0, end: text.length });
  const sentences = new Int32Array(spans.length * 4);
  const sentenceTexts: string[][] = [];
  spans.forEach((s: Span, k) => {
    const tokenStart = tokens.length;
    tokenizeInto(text, s.start, s.end, tokens);
    sentences.set([s.start, s.end, tokenStart, tokens.length], k * 4);
    const texts: string[] = [];
    for (let i = tokenStart; i < tokens.length; i++) texts.push(share ? tokenTexts.get(tokens[i].text) : tokens[i].text);
    sentenceTexts.push(texts);
  });
  const offsets = text.length <= 0xffff ? new Uint16Array(tokens.length * 2) : new Int32Array(tokens.length * 2);
  tokens.forEach((t, k) => {
    offsets[2 * k] = t.start;
    offsets[2 * k + 1] = t.end;
  });
  // Every field from the start: fields added later would go to a second allocation per entry.
  return {
    text,
    sentences,
    tokens: offsets,
    sentenceTexts,
    numbersKey: undefined,
    numbers: undefined,
    words: undefined,
    titleCased: undefined,
    capitals: undefined,
  };
}

/**
 * One string per token text: a 5 MB document has a million tokens but about 50,000 distinct
 * texts, and each token's text was a string of its own (24 to 32 bytes: 22 MB of copies of
 * `the`, `said`...). The Article's tokens hand out the same strings. A bounded table (StringMemo):
 * when it is emptied, texts met later are new strings again, equal to the earlier ones.
 */
const tokenTexts = new StringMemo((text: string) => text);

/** A copy of a number mention moved by `delta` characters and `sentences` sentences (a new object, value included). */
export function shifted(n: NumberMention, delta: number, sentences: number): NumberMention {
  const m: NumberMention = { start: n.start + delta, end: n.end + delta, text: n.text, type: n.type, value: { ...n.value }, sentence: n.sentence + sentences };
  if (n.counted) m.counted = { start: n.counted.start + delta, end: n.counted.end + delta, text: n.counted.text };
  return m;
}

/**
 * The per-sentence work kept for the next analysis, in sentences (the claims rules' SentenceWork;
 * the NER tagger's, see NER_BUDGET_FACTOR): a keystroke in a document of up to 8,192 sentences
 * (about 1.1 MB of press prose) redoes only the sentences it changed. A longer document keeps the
 * work of the first sentences that fit and redoes the others on every analysis: a 5 MB document
 * (36,000 sentences) held 55 MB in the claims' and the tagger's tables, which were the largest
 * part of the server's memory after the Article itself (issue 16: under 300 MB).
 */
export const SENTENCE_BUDGET = 8192;

/**
 * The NER tagger keeps a document's tagging whole or not at all (its document counts cover every
 * sentence: ner/documentTagging.ts), in about 8 bytes a token and 100 a distinct word: a budget
 * four times the others' (about 4 MB of press prose, 15 MB kept) keeps a long report's keystroke
 * from tagging every sentence again, and a 5 MB document keeps none.
 */
export const NER_BUDGET_FACTOR = 4;

/**
 * The claim rules' SentenceWork, per sentence of a paragraph's entry (a sentence's text is its
 * paragraph's entry and its place there; an entry is the same object while its text is): looked
 * up without a key made of the sentence's text, which cost a long article's keystroke a string
 * of each sentence and its hash. A sentence keeps the work of the latest checked part and masked
 * text it was asked with. Entries not used by the latest analysis are dropped, and past
 * `maxSentences` sentences nothing more is kept.
 */
export class SentenceWorkTable {
  private readonly map = new Map<ParagraphEntry, { used: number; slots: (WorkSlot | undefined)[] }>();
  private generation = 0;
  private held = 0;

  constructor(private readonly maxSentences = Infinity) {}

  begin(): void {
    this.generation++;
  }

  end(): void {
    const generation = this.generation;
    this.map.forEach((e, key, map) => {
      if (e.used === generation) return;
      for (const slot of e.slots) if (slot !== undefined) this.held--;
      map.delete(key);
    });
  }

  /** Sentences whose work is kept. */
  get size(): number {
    return this.held;
  }

  /** The work of sentence j of `entry` if it was kept for this checked part (`rel` code units in) and masked text (undefined: the sentence's own). */
  get(entry: ParagraphEntry, j: number, rel: number, masked: string | undefined): SentenceWork | undefined {
    const e = this.map.get(entry);
    if (e === undefined) return undefined;
    e.used = this.generation;
    const slot = e.slots[j];
    return slot !== undefined && slot.rel === rel && slot.masked === masked ? slot.work : undefined;
  }

  set(entry: ParagraphEntry, j: number, rel: number, masked: string | undefined, work: SentenceWork): void {
    let e = this.map.get(entry);
    if (e === undefined) {
      e = { used: this.generation, slots: [] };
      this.map.set(entry, e);
    }
    e.used = this.generation;
    if (e.slots[j] === undefined) {
      if (this.held >= this.maxSentences) return;
      this.held++;
    }
    // A copy: the masked text is cut from the article (see UsedMap).
    e.slots[j] = { rel, masked: masked === undefined ? undefined : ownString(masked), work };
  }
}

interface WorkSlot {
  rel: number;
  masked: string | undefined;
  work: SentenceWork;
}

/**
 * A map that keeps only the entries the latest analysis used. Each key is stored as a copy
 * (memo.ts, ownString: a key cut from one version of the document would otherwise keep that
 * whole version alive), and an entry carried over to the next analysis keeps that copy, never
 * the key it was looked up with (a slice of the newer document). An entry is stamped with the
 * analysis that last used it, and `end` drops the others: one table for the document's life,
 * rather than a new one filled again on every keystroke.
 */
export class UsedMap<V> {
  private readonly map = new Map<string, { value: V; used: number }>();
  private generation = 0;

  /** `maxEntries`: a `set` past it keeps nothing (the entries the previous analysis used still count until `end`). */
  constructor(private readonly maxEntries = Infinity) {}

  begin(): void {
    this.generation++;
  }

  end(): void {
    const generation = this.generation;
    // forEach, not for-of: no array per entry (deleting the current entry is allowed).
    this.map.forEach((e, key, map) => {
      if (e.used !== generation) map.delete(key);
    });
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    e.used = this.generation;
    return e.value;
  }

  /** Stores `value` under a copy of `key` (`own`, when the caller has made one already). */
  set(key: string, value: V, own?: string): void {
    if (this.map.size >= this.maxEntries && !this.map.has(key)) return;
    this.map.set(own ?? ownString(key), { value, used: this.generation });
  }
}
