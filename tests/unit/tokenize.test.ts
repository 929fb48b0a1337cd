import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/src/core/tokenize';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize (CoNLL style)', () => {
  it('keeps exact offsets into the text', () => {
    const s = 'Ukraine\'s President said: "We will win."';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
    const sub = tokenize(s, 10, 19);
    expect(sub.map((t) => [t.text, t.start, t.end])).toEqual([
      ['President', 10, 19],
    ]);
  });

  it('splits possessive clitics, straight and curly', () => {
    expect(texts("Zelenskiy's plan")).toEqual(['Zelenskiy', "'s", 'plan']);
    expect(texts('Russia’s forces')).toEqual(['Russia', '’s', 'forces']);
    expect(tokenize("Zelenskiy's")[1]).toEqual({ start: 9, end: 11, text: "'s" });
  });

  it("splits n't and keeps names with inner apostrophes", () => {
    expect(texts("They don't know")).toEqual(['They', 'do', "n't", 'know']);
    expect(texts("O'Neill can't")).toEqual(["O'Neill", 'ca', "n't"]);
  });

  it('keeps numbers, dates, hyphenated words and dotted abbreviations', () => {
    expect(texts('more than 10,000 troops, 1.5 million')).toEqual(['more', 'than', '10,000', 'troops', ',', '1.5', 'million']);
    expect(texts('Urdu-speaking people on 1996-08-22')).toEqual(['Urdu-speaking', 'people', 'on', '1996-08-22']);
    expect(texts('the U.S. and Acme Corp. said')).toEqual(['the', 'U.S.', 'and', 'Acme', 'Corp.', 'said']);
    expect(texts('Gen. Smith met J. Doe')).toEqual(['Gen.', 'Smith', 'met', 'J.', 'Doe']);
  });

  it('splits a sentence-final period from an ordinary word', () => {
    expect(texts('It is the war.')).toEqual(['It', 'is', 'the', 'war', '.']);
    const t = tokenize('in Kyiv.');
    expect(t[2]).toEqual({ start: 7, end: 8, text: '.' });
  });

  it('splits punctuation and quotes', () => {
    expect(texts('"Today there are data," he said (AP).')).toEqual([
      '"', 'Today', 'there', 'are', 'data', ',', '"', 'he', 'said', '(', 'AP', ')', '.',
    ]);
    expect(texts('“Hello”, she said... 5%')).toEqual(['“', 'Hello', '”', ',', 'she', 'said', '...', '5', '%']);
  });
});
