import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/src/core/tokenize';
import { analyzeArticle } from '../../server/src/core/analyze';
import { AnalysisCache, NER_BUDGET_FACTOR, SENTENCE_BUDGET } from '../../server/src/core/analysisCache';
import type { DocumentTagging } from '../../server/src/core/ner/documentTagging';
import { ownString } from '../../server/src/core/memo';
import { getSyntaxTagger } from '../../server/src/core/syntax/shippedTagger';
import { SENTENCE_CACHE_WORDS } from '../../server/src/core/syntax/sentenceTags';
import { clearSharedCaches } from '../../server/src/core/sharedCaches';
import { fullCollection } from '../../server/src/lsp/idleMemory';

/**
 * Issue 16, memory: the tables kept only to make the next analysis faster hold at most their
 * budget, whatever the document's length, and an analysis that finds a table full gives the
 * same answers as one without a cache.
 */

const SYLLABLES = ['ka', 'lo', 'ver', 'tan', 'mi', 'sor', 'de', 'brun', 'el', 'qua', 'ri', 'pen', 'zo', 'har'];
const VERBS = ['close', 'fund', 'move', 'review', 'delay', 'rebuild'];

function generator(seed: number): { word: () => string; pick: <T>(xs: readonly T[]) => T; n: (k: number) => number } {
  let state = seed;
  const n = (k: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % k;
  };
  const pick = <T>(xs: readonly T[]): T => xs[n(xs.length)];
  const word = (): string => Array.from({ length: 2 + n(2) }, () => pick(SYLLABLES)).join('').replace(/^\w/, (c) => c.toUpperCase());
  return { word, pick, n };
}

/** An article of `paragraphs` paragraphs of four sentences each: names, quotations, numbers. */
function article(paragraphs: number, seed: number): string {
  const g = generator(seed);
  const out = ['Harbour plan approved'];
  for (let p = 0; p < paragraphs; p++) {
    out.push(
      [
        `${g.word()} ${g.word()} said the council would ${g.pick(VERBS)} the ${g.n(90) + 10} bridges by ${2026 + g.n(5)}.`,
        `"We will not ${g.pick(VERBS)} the depot," the chair of ${g.word()} Trust told reporters.`,
        `Costs rose ${g.n(40) + 2}% to £${g.n(9) + 1}.${g.n(10)}m, according to officials.`,
        `${g.word()} agreed, and ${g.word()} ${g.word()} of the ${g.word()} Times wrote that it was the first such plan.`,
      ].join(' '),
    );
  }
  return out.join('\n\n');
}

/** The article with one sentence of paragraph `p` changed. */
function edited(text: string, p: number): string {
  const parts = text.split('\n\n');
  parts[p] = parts[p].replace(' said ', ' told the board ');
  return parts.join('\n\n');
}

const nerSize = (cache: AnalysisCache): number => (cache.ner as unknown as DocumentTagging).size;

describe('budgets of the per-document caches', () => {
  it('keeps at most maxSentences of sentence work, and the tagging of documents up to NER_BUDGET_FACTOR times that, with the answers of no cache', () => {
    const text = article(60, 7); // 241 sentences
    const budget = 50;
    const cache = new AnalysisCache(budget);
    const options = { articleDate: '2025-03-01' };
    for (const version of [text, text, edited(text, 3), edited(edited(text, 3), 30)]) {
      const withCache = analyzeArticle(version, options, cache);
      expect(cache.sentenceWork.size).toBeLessThanOrEqual(budget);
      // The tagger keeps a document's tagging whole or not at all.
      expect(nerSize(cache)).toBe(0);
      expect(withCache).toEqual(analyzeArticle(version, options));
    }
    // Without the budget the same document fills both tables past it (so the checks above can fail).
    const unbounded = new AnalysisCache(Infinity);
    analyzeArticle(text, options, unbounded);
    expect(unbounded.sentenceWork.size).toBeGreaterThan(budget);
    expect(nerSize(unbounded)).toBeGreaterThan(NER_BUDGET_FACTOR * budget);
    // A document within the tagger's budget is kept whole.
    const within = new AnalysisCache(budget);
    analyzeArticle(article(40, 7), options, within);
    expect(nerSize(within)).toBeGreaterThan(budget);
    expect(nerSize(within)).toBeLessThanOrEqual(NER_BUDGET_FACTOR * budget);
  });

  it('keeps the work of every sentence of an article within the budget', () => {
    const text = article(40, 9);
    const cache = new AnalysisCache();
    expect(cache.maxSentences).toBe(SENTENCE_BUDGET);
    const unbounded = new AnalysisCache(Infinity);
    analyzeArticle(text, {}, cache);
    analyzeArticle(text, {}, unbounded);
    const held = cache.sentenceWork.size;
    expect(held).toBeGreaterThan(100);
    expect(held).toBe(unbounded.sentenceWork.size);
    expect(nerSize(cache)).toBe(nerSize(unbounded));
    analyzeArticle(text, {}, cache);
    expect(cache.sentenceWork.size).toBe(held);
  });

  it('the syntax tagger keeps sentences up to SENTENCE_CACHE_WORDS words, and tags as without its cache', () => {
    const tagger = getSyntaxTagger();
    const g = generator(11);
    let words = 0;
    let sentences = 0;
    let maxHeld = 0;
    while (words < SENTENCE_CACHE_WORDS * 1.5) {
      const sentence = Array.from({ length: 10 + g.n(30) }, () => (g.n(3) === 0 ? g.word() : g.pick(['the', 'council', 'said', 'it', 'would', 'close', 'bridges', 'in', '2026', ',', '.'])));
      const cached = tagger.sentences.tag(sentence, sentences % 50 === 0);
      maxHeld = Math.max(maxHeld, tagger.sentences.heldWords);
      if (sentences % 50 === 0) {
        const pos = tagger.pos(sentence);
        expect(cached).toEqual({ pos, chunk: tagger.chunks(sentence, pos) });
        expect(tagger.sentences.tag(sentence, true)).toBe(cached);
      }
      words += sentence.length;
      sentences++;
    }
    expect(maxHeld).toBeLessThanOrEqual(SENTENCE_CACHE_WORDS);
    expect(maxHeld).toBeGreaterThan(SENTENCE_CACHE_WORDS / 2);
  });

  it('ownString copies a cut of a two-byte document exactly, at one byte a character or not', () => {
    const doc = 'Zoë’s café \u00ff\u00fe and a lone \ud800 surrogate, then 𝐚 plain text of ascii words only. '.repeat(3);
    for (let start = 0; start < doc.length; start += 7) {
      for (const end of [start + 1, start + 2, start + 12, start + 13, start + 40, doc.length]) {
        const cut = doc.slice(start, Math.min(end, doc.length));
        expect(ownString(cut)).toBe(cut);
      }
    }
  });
});

// A full collection, as the server runs one (lsp/idleMemory.ts).
const gc = fullCollection() as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('the Article\'s tokens', () => {
  it('are built when first read, equal to the tokens of its sentences, and kept from then on', () => {
    const text = article(30, 5);
    const a = analyzeArticle(text, {}, new AnalysisCache());
    expect(Object.keys(a).indexOf('tokens')).toBe(Object.keys(a).indexOf('sentences') + 1);
    expect(typeof Object.getOwnPropertyDescriptor(a, 'tokens')?.get).toBe('function');
    const expected = a.sentences.flatMap((s) => tokenize(a.plain, s.start, s.end));
    expect(a.tokens).toEqual(expected);
    expect(a.tokens).toBe(a.tokens);
    // Kept behind the same accessor (redefining the property would make V8 store the Article as a dictionary).
    expect(typeof Object.getOwnPropertyDescriptor(a, 'tokens')?.get).toBe('function');
    expect(JSON.parse(JSON.stringify(a)).tokens).toEqual(expected);
    a.tokens = [];
    expect(a.tokens).toEqual([]);
  });

  it('are right in a paragraph past 65,535 code units (its offsets are kept in 32 bits, not 16)', () => {
    const long = `Harbour plan\n\n${'Ama Okafor said the 12 bridges would close. '.repeat(1700)}\n\nThe end came in 2026.`;
    const a = analyzeArticle(long, {}, new AnalysisCache());
    expect(a.paragraphs[1].end - a.paragraphs[1].start).toBeGreaterThan(0xffff);
    expect(a.tokens).toEqual(a.sentences.flatMap((s) => tokenize(a.plain, s.start, s.end)));
    expect(a.tokens.at(-1)).toEqual({ start: long.length - 1, end: long.length, text: '.' });
  });

  it('are not held by the analysed article until read (a long document\'s token objects are most of its model)', () => {
    // The shared caches start empty: what they held from earlier tests, and whether the read
    // below lets them drop it, made the difference flaky in the whole suite.
    clearSharedCaches();
    const a = analyzeArticle(article(400, 3), {}, new AnalysisCache()); // about 140 KB, 24,000 tokens
    const before = heap();
    const n = a.tokens.length;
    const after = heap();
    expect(n).toBeGreaterThan(20000);
    // 24,000 objects of 48 bytes or more, and their list: the read makes them, so they were not held before it.
    // The read also lets go of the paragraph entries it builds them from (about 10-20 bytes a
    // token): held before the read, the tokens would make the difference about nothing.
    expect(after - before).toBeGreaterThan(n * 24);
    expect(a.tokens).toHaveLength(n);
  });
});
