import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/src/core/tokenize';

/** Edge cases of the char-code tokenizer, which must match the former regex tokenizer exactly. */
const texts = (s: string, start?: number, end?: number): string[] => tokenize(s, start, end).map((t) => t.text);

describe('tokenize edge cases', () => {
  it('keeps non-ASCII letters and combining marks inside words', () => {
    expect(texts('Zoë Kravčuk, Ελλάδα и Київ')).toEqual(['Zoë', 'Kravčuk', ',', 'Ελλάδα', 'и', 'Київ']);
    // `e` + combining acute (U+0301) is one word; a mark that starts a word stays whole.
    expect(texts('Zelenske\u0301 said')).toEqual(['Zelenske\u0301', 'said']);
    expect(texts("\u0301abc's")).toEqual(["\u0301abc's"]);
    expect(texts('São Paulo’s mayor')).toEqual(['São', 'Paulo', '’s', 'mayor']);
  });

  it('splits clitics with straight and curly apostrophes, in any case', () => {
    expect(texts("Zelenskiy's")).toEqual(['Zelenskiy', "'s"]);
    expect(texts('they’re we’ve I’ll he’d I’m')).toEqual(['they', '’re', 'we', '’ve', 'I', '’ll', 'he', '’d', 'I', '’m']);
    expect(texts("DON'T WE'RE")).toEqual(['DO', "N'T", 'WE', "'RE"]);
    expect(texts('don’t')).toEqual(['do', 'n’t']);
    // The long s case-folds to `s`, as in the regex the tokenizer replaced.
    expect(texts("Mark'ſ")).toEqual(['Mark', "'ſ"]);
    // A word too short to have anything before `n't` or the clitic stays whole.
    expect(texts("n't x's")).toEqual(["n't", 'x', "'s"]);
    // Not a clitic: `'t` alone, `'em`.
    expect(texts("ain't rock'em")).toEqual(['ai', "n't", "rock'em"]);
  });

  it('keeps U.S., 10,000 and abbreviations, splits the period of other words', () => {
    expect(texts('the U.S. on 10,000 and 1,5 but 1, 5')).toEqual(['the', 'U.S.', 'on', '10,000', 'and', '1,5', 'but', '1', ',', '5']);
    expect(texts('Corp. CORP. Approx. war. x.')).toEqual(['Corp.', 'CORP.', 'Approx.', 'war', '.', 'x.']);
    expect(texts("Kyiv's.")).toEqual(['Kyiv', "'s", '.']);
    // The Kelvin sign lower-cases to `k`: `Ky.` written with it is still the abbreviation.
    expect(texts('\u212Ay.')).toEqual(['\u212Ay.']);
    // A comma joins digits only: Arabic-Indic and mathematical digits are digits too.
    expect(texts('٣,٣ 𝟏,𝟐 a,b')).toEqual(['٣,٣', '𝟏,𝟐', 'a', ',', 'b']);
  });

  it('keeps ellipses and dash runs together', () => {
    expect(texts('wait... what.. -- no - yes…')).toEqual(['wait', '...', 'what', '..', '--', 'no', '-', 'yes', '…']);
    expect(texts('so..')).toEqual(['so', '..']);
    expect(texts("``quoted'' '''")).toEqual(['``', 'quoted', "''", "''", "'"]);
  });

  it('treats astral characters as one code point and lone surrogates as one unit', () => {
    expect(texts('hi 😀 there')).toEqual(['hi', '😀', 'there']);
    // An astral letter is a word character; a word starting with one is never split.
    expect(texts("𝐀𝐁's a𝐀's")).toEqual(["𝐀𝐁's", 'a𝐀', "'s"]);
    expect(texts('a\ud800b \udc00')).toEqual(['a', '\ud800', 'b', '\udc00']);
    // A range that starts inside a surrogate pair starts at its first half.
    const s = 'x 😀y';
    expect(tokenize(s, 3).map((t) => [t.text, t.start])).toEqual([['😀', 2], ['y', 4]]);
    // A range that ends inside a pair leaves a lone high surrogate.
    expect(texts(s, 0, 3)).toEqual(['x', '\ud83d']);
  });

  it('treats Unicode white space as a separator', () => {
    expect(texts('a\u00a0b\u2028c\u3000d\ufeffe\u200bf')).toEqual(['a', 'b', 'c', 'd', 'e', '\u200b', 'f']);
  });

  it('bounds tokens by the range, as slicing the text did', () => {
    expect(texts('Kyiv. Then', 0, 5)).toEqual(['Kyiv', '.']);
    expect(texts('10,000', 0, 3)).toEqual(['10', ',']);
    expect(texts('abc def', 0, -4)).toEqual(['abc']);
    expect(texts('abc', 5, 9)).toEqual([]);
  });
});
