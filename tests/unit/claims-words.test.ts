import { describe, expect, it } from 'vitest';
import { mayAttribute } from '../../server/src/core/claims/attribution';
import { isCapitalized, WORD_PATTERN, wordsOf, type Word } from '../../server/src/core/claims/words';
import { randomCases } from './randomText';

/**
 * The claim rules' word scanner against the pattern it replaced (kept as WORD_PATTERN): same
 * words, offsets, lower-case forms and punctuation kinds, including the Unicode and edge cases.
 */
function reference(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index + m[0].length > end) break;
    const t = m[0];
    let punct: Word['punct'] = '';
    if (t === ',' || t === ';' || t === ':' || t === '(' || t === ')') punct = t;
    else if (t === '--' || t === '—' || t === '–') punct = '-';
    else if (/^(?:["“”«»]|``|'')$/.test(t)) punct = 'Q';
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + t.length, punct, pos: '', chunk: '' });
  }
  return out;
}

const SAMPLES = [
  'Ukraine’s President Volodymyr Zelenskiy says "a noticeable number," he added -- today.',
  'More than 10,000 troops; 1,23 and 12,3456 and 3.5bn, U.S. A&E rock-n-roll O’Neill’s it\'s',
  "``quoted'' text, (brackets) — dashes – and ‘single’ «guillemets» ''",
  'Ärzte in São Paulo, Łódź and İstanbul; ＫＥＬＶＩＮ \u212Aelvin; ſtraße 𝐀𝐁𝐂 word𝐃 𝟏,𝟐𝟑𝟒 x\uD800y \uDC00z',
  'end-', "end'", 'a.b. c-. 7,00 7,0000 7,000,000 ,000 12,', 'Ⅻ roman ², ½,000 ٣,٤٥٦',
  '-- --- ``` \'\'\' &amp; a&b &b',
];

/** The words' fields as plain objects (wordsOf's words read their part-of-speech tag through an accessor). */
function fields(words: Word[]): Word[] {
  return words.map(({ text, lower, start, end, punct, pos, chunk }) => ({ text, lower, start, end, punct, pos, chunk }));
}

describe('claims wordsOf', () => {
  it('matches the reference pattern on every sample and sub-range', () => {
    for (const s of SAMPLES) {
      for (let a = 0; a < s.length; a += 3) {
        for (const b of [s.length, Math.max(a, s.length - 5), a + 10]) {
          expect(fields(wordsOf(s, a, b)), `${JSON.stringify(s)} [${a}, ${b})`).toEqual(reference(s, a, b));
        }
      }
    }
  });

  it('matches the reference pattern on random text', () => {
    const pool = ['a', 'Z', '7', ' ', ',', '.', '-', "'", '’', '&', '"', '“', '`', ';', '(', '—', 'é', 'Ł', '٣', '½', '𝐀', '𝟏', '\n', '!', '\uD800'];
    for (const { text: s, from: a, to: b } of randomCases(pool, 3000, 12345)) {
      expect(fields(wordsOf(s, a, b)), `${JSON.stringify(s)} [${a}, ${b})`).toEqual(reference(s, a, b));
    }
  });

  it('stops at the first word that runs past the end', () => {
    expect(wordsOf('one two three', 0, 6).map((w) => w.text)).toEqual(['one']);
  });

  it('isCapitalized reads the first letter, Unicode included', () => {
    const cap = (t: string): boolean => isCapitalized({ text: t, lower: t.toLowerCase(), start: 0, end: t.length, punct: '', pos: '', chunk: '' });
    expect(['Kyiv', 'Łódź', 'Ärzte', '𝐀bc'].map(cap)).toEqual([true, true, true, true]);
    expect(['kyiv', 'łódź', '1st', '’Tis'].map(cap)).toEqual([false, false, false, false]);
  });
});

describe('mayAttribute', () => {
  it('passes every sentence with a reporting word, in any case, and no others', () => {
    expect(mayAttribute('The figures, he SAID, were wrong.')).toBe(true);
    expect(mayAttribute('According to the council, ...')).toBe(true);
    expect(mayAttribute('The bridge was closed on Monday.')).toBe(false);
    expect(mayAttribute('Sales rose sharply in the saidless quarter.')).toBe(false);
  });

  it('does not trust the whole-word test where it differs from wordsOf', () => {
    // `_` is a word character for \b but not for wordsOf; U+212A lower-cases to `k` (`asks`).
    expect(mayAttribute('Her agent_said nothing.')).toBe(true);
    expect(mayAttribute('She as\u212As why.')).toBe(true);
  });
});
