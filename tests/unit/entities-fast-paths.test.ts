import { describe, expect, it } from 'vitest';
import { capitalizedWordEnd, codePointLength, isLetterOrDigitAt, isSpace, lastRunsStart } from '../../server/src/core/entities/chars';
import { isAcronym } from '../../server/src/core/entities/acronyms';
import { TextWords } from '../../server/src/core/entities/heads';
import { unglue } from '../../server/src/core/entities/mentions';
import { findPronouns, isHeOrShe } from '../../server/src/core/entities/pronouns';
import { lowerRoleBefore, splitTitle, stripPossessive } from '../../server/src/core/entities/titles';

/**
 * The entity layer replaces some regexes in its hot loops by character-code scans (chars.ts).
 * Each must answer exactly as the regex it replaces: checked here on hand-picked edge cases and on
 * random strings drawn from an alphabet of the characters that matter (capitals, accents,
 * combining marks, apostrophes, hyphens, astral letters, lone surrogates, Unicode spaces).
 */

const ALPHABET = [
  'A', 'Z', 'a', 'z', 'É', 'é', 'ß', 'Ǆ', 'ǅ', 'Σ', 'ж', 'Ж', '\u0301', "'", '’', '-', '.', ',', ';', ':', '(', ')', '"', '“', '”',
  ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u0085', '0', '٣', '𝐀', '𝐚', '\ud835', '\udc00', 's', 'S', '_', '1',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomStrings(count: number, maxLength: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(r() * maxLength);
    let s = '';
    for (let j = 0; j < n; j++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    out.push(s);
  }
  return out;
}

/** Every match of the regex the scan replaces: [start, end] pairs. */
function regexWords(text: string): [number, number][] {
  const re = /\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}{2,}/gu;
  return [...text.matchAll(re)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

function scannedWords(text: string, from = 0, limit = text.length): [number, number][] {
  const out: [number, number][] = [];
  for (let at = from; at < limit; ) {
    const end = capitalizedWordEnd(text, at, limit);
    if (end < 0) at += codePointLength(text, at, limit);
    else {
      out.push([at, end]);
      at = end;
    }
  }
  return out;
}

describe('entity fast paths answer as the regexes they replace', () => {
  const samples = [
    ...randomStrings(4000, 24),
    "Zelenskiy's",
    'NATO',
    'A',
    'É\u0301cole',
    'O’Brien-Smith’',
    '𝐀𝐚 and 𝐀',
    'X\ud835',
    'Mr. Lee',
    'ǅemal',
    '  Former   Mayor  Jo  ',
  ];

  it('isSpace is \\s', () => {
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
  });

  it('isLetterOrDigitAt is /[\\p{L}\\p{N}]/u on one code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (isLetterOrDigitAt(s, 0) !== /[\p{L}\p{N}]/u.test(s)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it('capitalizedWordEnd finds the same words as the capitalized-word regex', () => {
    for (const s of samples) expect(scannedWords(s), JSON.stringify(s)).toEqual(regexWords(s));
  });

  it('capitalizedWordEnd within a sentence reads as the regex on the sentence slice', () => {
    for (const s of samples.slice(0, 1000)) {
      const from = Math.floor(s.length / 3);
      const limit = Math.floor((2 * s.length) / 3) + 1;
      const slice = s.slice(from, Math.min(limit, s.length));
      const expected = regexWords(slice).map(([a, b]) => [a + from, b + from]);
      expect(scannedWords(s, from, Math.min(limit, s.length)), JSON.stringify(s)).toEqual(expected);
    }
  });

  it('stripPossessive, splitTitle and isAcronym are unchanged', () => {
    const titled = ['General Oleksandr Tarnavskiy', 'Former Mayor Jo Bloggs', 'Mr', 'President', '  Dr. Who', 'Vice President Kamala Harris', 'Former Jo'];
    for (const s of [...samples, ...titled]) {
      expect(stripPossessive(s)).toBe(s.replace(/(?:['’]s|(?<=s)['’])$/, ''));
      expect(isAcronym(s)).toBe(/^\p{Lu}(?:\.?\p{Lu}){1,6}\.?$/u.test(s) || /^\p{Lu}{2,}\d*$/u.test(s));
    }
    expect(splitTitle('General Oleksandr Tarnavskiy')).toEqual({ title: 'General', name: 'Oleksandr Tarnavskiy', offset: 8 });
    expect(splitTitle('Former Mayor Jo Bloggs')).toEqual({ title: 'Former Mayor', name: 'Jo Bloggs', offset: 13 });
    expect(splitTitle('Former Jo')).toEqual({ title: '', name: 'Former Jo', offset: 0 });
    expect(splitTitle('  Dr. Who')).toEqual({ title: 'Dr.', name: 'Who', offset: 6 });
    expect(splitTitle('President')).toEqual({ title: '', name: 'President', offset: 0 });
  });

  it('patterns anchored at the end of the text before a name match the same in its last few words', () => {
    // Each pattern spans at most `runs` runs of non-spaces, so searching the tail is enough.
    const patterns: [RegExp, number][] = [
      [/(?<![\p{L}-])((?:[\p{L}][\p{L}.-]*\s+){0,4}[\p{L}][\p{L}.-]*)(?:,\s*|\s+)$/u, 5], // lowerRoleBefore
      [/(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u, 2], // facts.ts owner of a place
      [/\b(replacing|replaced|succeeding|succeeded|dismissed|fired|sacked)\s+$/, 1], // facts.ts OBJECT_OF
      [/(\p{Lu}[\p{L}.]*) $/u, 1], // spans.ts title before an organization
    ];
    const words = ['treasurer', 'former', 'prime', 'minister', 'The', 'a', 'x-y', 'Mr.', 'Ukraine’s', "Russia's", 'North', 'replacing', 'É\u0301', 'é', ','];
    const gaps = [' ', '  ', '\n', ', ', '-', '', '\u00a0'];
    const r = rng(11);
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = Math.floor(r() * 10);
      for (let j = 0; j < n; j++) s += words[Math.floor(r() * words.length)] + gaps[Math.floor(r() * gaps.length)];
      for (const [re, runs] of patterns) {
        const tail = s.slice(lastRunsStart(s, 0, s.length, runs));
        expect(re.exec(tail)?.[1], `${re} on ${JSON.stringify(s)}`).toBe(re.exec(s)?.[1]);
      }
    }
    expect(lowerRoleBefore('The deal was signed yesterday by the former prime minister ')).toBe('former prime minister');
    expect(lowerRoleBefore('An IMF spokeswoman, ')).toBe('IMF spokeswoman');
  });

  it('unglue cuts where the glue regex last matches', () => {
    const regexUnglue = (text: string, start: number, end: number): number => {
      let cut = 0;
      for (const m of text.slice(start, end).matchAll(/\p{Ll}{3}(?=\p{Lu}\p{Ll})/gu)) cut = (m.index ?? 0) + 3;
      return start + cut;
    };
    const r = rng(5);
    const letters = ['a', 'b', 'z', 'A', 'Q', 'Z', 'é', 'É', ' ', '/', 'c', 'd'];
    const texts = ['Camera IconVolodymyr Zelenskiy', 'Staff WritersReuters', 'McDonald', 'MacArthur', 'DeSantis', 'YouTube', 'abcDe', 'abcD', 'abcdEfghIj'];
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const n = Math.floor(r() * 14);
      for (let j = 0; j < n; j++) t += letters[Math.floor(r() * letters.length)];
      texts.push(t);
    }
    for (const t of texts) {
      for (const [start, end] of [[0, t.length], [1, t.length], [0, Math.max(0, t.length - 1)]]) {
        if (start > end) continue;
        expect(unglue(t, start, end), JSON.stringify([t, start, end])).toBe(regexUnglue(t, start, end));
      }
    }
  });

  it('findPronouns and isHeOrShe answer as their regexes', () => {
    const pieces = ['He', 'She', 'he', 'HE', 'sHe', 'Hes', ' ', '"', '“', "'", '‘', '(', '\u00a0', 'said', 'The', '.', 'S', 'H'];
    const r = rng(3);
    const sentences: { start: number; end: number; index: number; paragraph: number; tokenStart: number; tokenEnd: number }[] = [];
    let plain = '';
    for (let i = 0; i < 3000; i++) {
      const start = plain.length;
      const n = 1 + Math.floor(r() * 5);
      for (let j = 0; j < n; j++) plain += pieces[Math.floor(r() * pieces.length)];
      sentences.push({ start, end: plain.length, index: i, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
      plain += '|';
    }
    const expected = sentences.flatMap((s) => {
      const m = /^["“'‘(\s]*(He|She)\b/.exec(plain.slice(s.start, Math.min(s.end, s.start + 12)));
      if (!m) return [];
      const start = s.start + m[0].length - m[1].length;
      return [{ start, end: start + m[1].length, text: m[1], sentence: s.index }];
    });
    expect(findPronouns(plain, sentences)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
    for (const w of [...pieces, 'she', 'SHE', 'hE', 'the', 'Her', '']) expect(isHeOrShe(w), w).toBe(/^(?:he|she)$/i.test(w));
  });

  it('lastRunsStart is where the last runs of non-spaces start', () => {
    expect(lastRunsStart('a bc  def ', 0, 10, 1)).toBe(6);
    expect(lastRunsStart('a bc  def ', 0, 10, 2)).toBe(2);
    expect(lastRunsStart('a bc  def ', 0, 10, 5)).toBe(0);
    expect(lastRunsStart('a bc  def ', 3, 10, 2)).toBe(3);
    expect(lastRunsStart('   ', 0, 3, 1)).toBe(0);
  });
});

describe('TextWords (dropCommonWords) answers as the two regexes it replaces', () => {
  it('on random text: a word is a run of the text, and stands after a lower-case letter, comma or semicolon and spaces', () => {
    const r = rng(11);
    const WORDS = ['Harbour', 'harbour', 'Ábc', 'ábc', 'Zo', 'zo', 'X𝐚', '𝐚b', 'Kyiv', 'kyiv'];
    const GLUE = [' ', '  ', ',', ', ', '; ', '.', '. ', '\n', '\u00a0', '-', "'", '𝐚', 'é', 'Z', '1', '\u2009', '(', 'ǅ', ''];
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let k = 0; k < 30; k++) text += WORDS[Math.floor(r() * WORDS.length)] + GLUE[Math.floor(r() * GLUE.length)];
      const words = new TextWords(text);
      for (const w of WORDS) {
        const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (/^[\p{L}\p{N}]+$/u.test(w)) expect(words.runs.has(w), `${w} in ${JSON.stringify(text)}`).toBe(new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(text));
        if (/^\p{L}+$/u.test(w)) expect(words.afterLowerCase.has(w), `${w} after in ${JSON.stringify(text)}`).toBe(new RegExp(`[\\p{Ll},;]\\s+${esc}(?![\\p{L}\\p{N}])`, 'u').test(text));
      }
    }
  });
});
