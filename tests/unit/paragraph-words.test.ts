import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../server/src/core/analysisCache';
import { splitParagraphs } from '../../server/src/core/segment/paragraphs';
import { paragraphPieces, pieceWords, TextWords, titleCased, type Piece } from '../../server/src/core/entities/textWords';
import { analyzeArticle } from '../../server/src/core/analyze';

/**
 * dropCommonWords reads the words of the whole text (textWords.ts). They are found per paragraph,
 * kept by the AnalysisCache by paragraph text, and merged per analysis (issue 16): the merge must
 * answer exactly as one pass over the whole text, whatever the cuts, and a paragraph's entry must
 * not depend on anything outside its text.
 */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sorted = (s: Set<string>): string[] => [...s].sort();

describe('TextWords merged from pieces', () => {
  it('equals one pass over the whole text, for any cuts (cuts not at white space fall back to one pass)', () => {
    const r = rng(7);
    const WORDS = ['Harbour', 'harbour', 'Ábc', 'ábc', 'Zo', 'zo', 'X𝐚', '𝐚b', 'Kyiv', 'kyiv', '12'];
    const GLUE = [' ', '  ', ',', ', ', '; ', '.', '. ', '\n', '\n\n', '\u00a0', '-', "'", '𝐚', 'é', 'Z', '(', ''];
    for (let t = 0; t < 400; t++) {
      let text = '';
      for (let k = 0; k < 20; k++) text += WORDS[Math.floor(r() * WORDS.length)] + GLUE[Math.floor(r() * GLUE.length)];
      const cuts = [...new Set(Array.from({ length: Math.floor(r() * 6) }, () => Math.floor(r() * (text.length + 1))))].sort((a, b) => a - b);
      const bounds = [0, ...cuts, text.length];
      const pieces: Piece[] = [];
      for (let k = 1; k < bounds.length; k++) {
        const [start, end] = [bounds[k - 1], bounds[k]];
        pieces.push({ start, end, words: () => pieceWords(text.slice(start, end)) });
      }
      const whole = new TextWords(text);
      const merged = new TextWords(text, pieces);
      expect(sorted(merged.runs), JSON.stringify({ text, cuts })).toEqual(sorted(whole.runs));
      expect(sorted(merged.afterLowerCase), JSON.stringify({ text, cuts })).toEqual(sorted(whole.afterLowerCase));
    }
  });

  it('from the AnalysisCache: a paragraph that stays the same follows what its neighbours become', () => {
    const cache = new AnalysisCache();
    const wordsOf = (plain: string): TextWords => {
      const paragraphs = splitParagraphs(plain, plain, 'news');
      cache.begin();
      const entries = paragraphs.map((p) => cache.paragraph(plain.slice(p.start, p.end)));
      const words = new TextWords(plain, paragraphPieces(plain, paragraphs, (k) => cache.wordsOf(entries[k])));
      cache.end();
      return words;
    };
    // `Ferries` opens the second paragraph each time; whether it stands after a lower-case
    // letter, comma or semicolon is decided by the paragraph before it.
    const texts = [
      'Boats came in early.\n\nFerries ran late.\n',
      'Boats came in early, slow\n\nFerries ran late.\n',
      'Boats came in early;\n\nFerries ran late.\n',
      'Boats came in early.\n\nFerries ran late.\n',
      '\n\nFerries ran late.\n',
      'boats\n  \nFerries ran late.\n',
    ];
    const seen: boolean[] = [];
    for (const text of texts) {
      const words = wordsOf(text);
      const fresh = new TextWords(text);
      expect(sorted(words.afterLowerCase), JSON.stringify(text)).toEqual(sorted(fresh.afterLowerCase));
      expect(sorted(words.runs)).toEqual(sorted(fresh.runs));
      seen.push(words.afterLowerCase.has('Ferries'));
    }
    // The case is not vacuous: the answer changes with the neighbour while the paragraph does not.
    expect(seen).toEqual([false, true, true, false, false, true]);
  });

  it('title case by sentence, from the AnalysisCache: each sentence of a paragraph answers for its own text', () => {
    const cache = new AnalysisCache();
    const texts = [
      'Harbour Plans Approved After Long Debate. The council met on Monday and agreed to it.\n\nShares Rise Again Across Europe Today. Prices fell.\n',
      'Harbour Plans Approved After Long Debate. The council met on Monday and agreed to it.\n\nShares rise again across Europe today. Prices Fell Sharply Again Overnight.\n',
    ];
    const answers: boolean[][] = [];
    for (const text of texts) {
      const article = analyzeArticle(text, {}, cache);
      cache.begin();
      const got = article.sentences.map((s) => {
        const p = article.paragraphs[s.paragraph];
        return cache.titleCasedOf(cache.paragraph(article.plain.slice(p.start, p.end)), s.index - p.sentences[0]);
      });
      cache.end();
      expect(got).toEqual(article.sentences.map((s) => titleCased(article.plain.slice(s.start, s.end))));
      answers.push(got);
    }
    expect(answers).toEqual([
      [true, false, true, false],
      [true, false, false, true],
    ]);
  });
});
