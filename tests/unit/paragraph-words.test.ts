import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../server/src/core/analysisCache';
import { splitParagraphs } from '../../server/src/core/segment/paragraphs';
import { groupSize, paragraphPieces, pieceWords, TextWords, titleCased, type Piece } from '../../server/src/core/entities/textWords';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Mention, Sentence } from '../../server/src/core/article';
import { capitalizedWords, propagateNames } from '../../server/src/core/entities/propagate';

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

/** The words of `text` that `words` holds (runs and afterLowerCase), for comparing two TextWords. */
const held = (words: TextWords, text: string, more: string[] = []): string[][] => {
  const all = [...new Set([...(text.match(/[\p{L}\p{N}]+/gu) ?? []), ...more])].sort();
  return [all.filter((w) => words.runs.has(w)), all.filter((w) => words.afterLowerCase.has(w))];
};

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
      expect(held(merged, text, WORDS), JSON.stringify({ text, cuts })).toEqual(held(whole, text, WORDS));
    }
  });

  it('equals one pass with many pieces, when groups of pieces are merged again or reused across analyses', () => {
    const r = rng(3);
    const WORDS = ['harbour', 'Harbour', 'ferry', 'Ferry', 'quay', 'Quay', 'tide', 'Tide', 'pier'];
    const GLUE = [' ', ', ', '; ', '. ', '\n\n', '\n'];
    // Pieces' words kept by their text, as the AnalysisCache keeps them: the same objects come again.
    const kept = new Map<string, ReturnType<typeof pieceWords>>();
    let text = '';
    for (let k = 0; k < 300; k++) text += WORDS[Math.floor(r() * WORDS.length)] + GLUE[Math.floor(r() * GLUE.length)];
    for (let t = 0; t < 60; t++) {
      // An edit: a word replaced somewhere, sometimes by one found nowhere else.
      const at = Math.floor(r() * text.length);
      const word = t % 3 === 0 ? `Only${t}` : WORDS[Math.floor(r() * WORDS.length)];
      text = text.slice(0, at) + ' ' + word + text.slice(at);
      const cuts: number[] = [];
      for (let i = 1; i < text.length; i++) if (text[i - 1] === '\n' && r() < 0.8) cuts.push(i);
      const bounds = [0, ...cuts, text.length];
      const pieces: Piece[] = [];
      for (let k = 1; k < bounds.length; k++) {
        const piece = text.slice(bounds[k - 1], bounds[k]);
        let words = kept.get(piece);
        if (words === undefined) kept.set(piece, (words = pieceWords(piece)));
        const w = words;
        pieces.push({ start: bounds[k - 1], end: bounds[k], words: () => w });
      }
      expect(pieces.length).toBeGreaterThan(64);
      const more = [...WORDS, ...Array.from({ length: 60 }, (_, k) => `Only${k}`)];
      expect(held(new TextWords(text, pieces), text, more), `edit ${t}`).toEqual(held(new TextWords(text), text, more));
    }
  });

  it('groups pieces by about the square root of their number, a power of two from 4 to 64', () => {
    let last = 0;
    for (let n = 1; n <= 100000; n = Math.ceil(n * 1.1)) {
      const g = groupSize(n);
      expect(g & (g - 1)).toBe(0);
      expect(g).toBeGreaterThanOrEqual(Math.max(4, last));
      expect(g).toBeLessThanOrEqual(64);
      // A keystroke merges one group again, and a word is looked up in every group: both near sqrt(n).
      if (n >= 32 && n <= 8192) {
        expect(g).toBeLessThanOrEqual(2 * Math.sqrt(n));
        expect(n / g).toBeLessThanOrEqual(2 * Math.sqrt(n));
      }
      last = g;
    }
    expect(groupSize(100)).toBe(8); // a 20 KB article's paragraphs and gaps
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
      expect(held(words, text), JSON.stringify(text)).toEqual(held(fresh, text));
      seen.push(words.afterLowerCase.has('Ferries'));
    }
    // The case is not vacuous: the answer changes with the neighbour while the paragraph does not.
    expect(seen).toEqual([false, true, true, false, false, true]);
  });

  it('title case and capitalized words by sentence, from the AnalysisCache: each sentence of a paragraph answers for its own text', () => {
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
      const capitals = article.sentences.map((s) => {
        const p = article.paragraphs[s.paragraph];
        return [...cache.capitalsOf(cache.paragraph(article.plain.slice(p.start, p.end)), s.index - p.sentences[0])].map((x) => x + p.start);
      });
      cache.end();
      expect(got).toEqual(article.sentences.map((s) => titleCased(article.plain.slice(s.start, s.end))));
      expect(capitals).toEqual(article.sentences.map((s) => [...capitalizedWords(article.plain, s.start, s.end, 0)]));
      answers.push(got);
    }
    expect(answers).toEqual([
      [true, false, true, false],
      [true, false, false, true],
    ]);
  });
});

describe('capitalized words for propagateNames, kept by paragraph text', () => {
  it('are the matches of the regex they stand for, from any start, less the base', () => {
    const r = rng(5);
    const PARTS = ['Kyiv', 'KYIV', 'kyiv', 'Ábc', 'ÁB', 'X', 'Xy', 'O’Neil', "O'", 'Smith-Jones', 'É\u0301ric', '𝐀b', 'Ǆ', 'e', '1', ' ', '. ', '-', '’s'];
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let k = 0; k < 25; k++) text += PARTS[Math.floor(r() * PARTS.length)] + (r() < 0.5 ? ' ' : '');
      const from = Math.floor(r() * 4);
      const expected = [...text.slice(from).matchAll(/\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}{2,}/gu)].flatMap((m) => [(m.index ?? 0) + from - 3, (m.index ?? 0) + from + m[0].length - 3]);
      expect([...capitalizedWords(text, from, text.length, 3)], JSON.stringify(text)).toEqual(expected);
    }
  });

  it('a name added inside a sentence: the scan goes on from its end, inside a word of the list (`Orrin Vale-Volga`)', () => {
    const text = 'Tess Marlow and Orrin Vale met in Kursk. Later Orrin Vale-Volga spoke, and Kursk-Volga Bank too.';
    const sentences: Sentence[] = [];
    for (const m of text.matchAll(/[^.]+\./g)) {
      const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      sentences.push({ start, end: (m.index ?? 0) + m[0].length, index: sentences.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
    }
    const tag = (name: string, type: Mention['type']): Mention => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type, label: 'PER', entity: -1, sentence: 0 };
    };
    const tagged = [tag('Tess Marlow', 'person'), tag('Orrin Vale', 'person'), tag('Kursk', 'place'), { ...tag('Volga', 'place'), start: text.lastIndexOf('Volga'), end: text.lastIndexOf('Volga') + 5 }];
    const added = propagateNames(text, sentences, tagged).filter((m) => !tagged.includes(m));
    // `Orrin Vale` is added; the scan then reads `Volga` after the hyphen (the list has `Vale-Volga`).
    expect(added.map((m) => `${m.text}@${m.start}`)).toEqual([`Orrin Vale@${text.indexOf('Orrin Vale-')}`, `Volga@${text.indexOf('Volga')}`]);
  });
});

describe('propagateNames: a word a mention covers is passed over early (issue 16)', () => {
  it('adds the same mentions as the scan that tries every capitalized word, on generated texts', () => {
    const r = rng(17);
    const NAMES = ['Tess Marlow', 'Marlow', 'Orrin Vale', 'Vale', 'Kursk', 'Kursk region', 'Skyline Air', 'Vanderhoeven', 'Vanderhoven', 'Vanderhoeven’s', 'NATO', 'AP', 'Key', 'Smith-Jones', 'Smith'];
    const WORDS = ['the', 'said', 'met', 'in', 'and', 'Later', 'THE', 'CROWD', 'SAID', ',', '.', 'Mr', 'of'];
    const TYPES: Mention['type'][] = ['person', 'place', 'organization', 'group'];
    let added = 0;
    for (let t = 0; t < 300; t++) {
      const parts: string[] = [];
      for (let k = 0; k < 40; k++) parts.push(r() < 0.45 ? NAMES[Math.floor(r() * NAMES.length)] : WORDS[Math.floor(r() * WORDS.length)]);
      const text = parts.join(' ').replace(/ ([,.])/g, '$1');
      const sentences: Sentence[] = [];
      for (const m of text.matchAll(/[^.]+\.?/g)) {
        const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
        if (start < (m.index ?? 0) + m[0].length) sentences.push({ start, end: (m.index ?? 0) + m[0].length, index: sentences.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
      }
      // Tag some occurrences of the names (and now and then a span that starts inside a word).
      const tagged: Mention[] = [];
      for (const name of NAMES) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          if (r() < 0.5) continue;
          const start = r() < 0.1 ? at + 1 : at;
          const type = TYPES[Math.floor(r() * TYPES.length)];
          const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
          tagged.push({ start, end: at + name.length, text: text.slice(start, at + name.length), type, label: 'PER', entity: -1, sentence: Math.max(0, sentence) });
        }
      }
      tagged.sort((a, b) => a.start - b.start || a.end - b.end);
      const fast = propagateNames(text, sentences, tagged);
      const plain = propagateNames(text, sentences, tagged, undefined, false);
      expect(fast, text).toEqual(plain);
      added += fast.length - tagged.length;
    }
    // Names are added: the comparison is not vacuous.
    expect(added).toBeGreaterThan(100);
  });
});

describe('propagateNames: variants of long surnames, by index once enough words ask (issue 16)', () => {
  it('adds the same mentions as trying every surname for every word, on generated texts', () => {
    const r = rng(29);
    const SYL = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'bel', 'dun', 'fi', 'gar'];
    const word = (n: number): string => {
      let w = '';
      for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
      return w.charAt(0).toUpperCase() + w.slice(1);
    };
    /** One edit of the kinds isSpellingVariant forgives (after the first letter). */
    const misspell = (w: string): string => {
      const at = 1 + Math.floor(r() * (w.length - 1));
      const k = Math.floor(r() * 3);
      return k === 0 ? w.slice(0, at) + 'e' + w.slice(at + 1) : k === 1 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w[at] + w.slice(at);
    };
    let added = 0;
    for (let t = 0; t < 20; t++) {
      const surnames = Array.from({ length: 60 }, () => word(3 + Math.floor(r() * 2)));
      const parts: string[] = [];
      const tagged: Mention[] = [];
      let at = 0;
      for (let k = 0; k < 400; k++) {
        const s = surnames[Math.floor(r() * surnames.length)];
        const x = r();
        // A tagged full name, an untagged variant of a surname, or an untagged word of its own.
        const piece = x < 0.4 ? `${word(2)} ${s}` : x < 0.7 ? misspell(s) : word(3);
        if (x < 0.4) tagged.push({ start: at, end: at + piece.length, text: piece, type: 'person', label: 'PER', entity: -1, sentence: 0 });
        parts.push(piece);
        at += piece.length + ' met '.length;
      }
      const text = parts.join(' met ');
      const sentences: Sentence[] = [{ start: 0, end: text.length, index: 0, paragraph: 0, tokenStart: 0, tokenEnd: 0 }];
      const fast = propagateNames(text, sentences, tagged);
      expect(fast).toEqual(propagateNames(text, sentences, tagged, undefined, false));
      added += fast.length - tagged.length;
    }
    expect(added).toBeGreaterThan(500);
  });
});
