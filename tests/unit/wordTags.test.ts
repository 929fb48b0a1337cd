import { describe, expect, it } from 'vitest';
import { findSentenceAttributions } from '../../server/src/core/claims/attribution';
import { wordsOf, type Word } from '../../server/src/core/claims/words';
import { SentenceSyntax } from '../../server/src/core/claims/wordTags';
import { getSyntaxTagger } from '../../server/src/core/syntax/shippedTagger';
import { tokenize } from '../../server/src/core/tokenize';
import { tokenList } from '../../server/src/core/sentenceTokens';

/**
 * The claim rules' words read their part-of-speech tags lazily (wordTags.ts): a sentence is
 * tagged only as far as the rules read it, with the tags a whole tagging gives.
 */

// Invented sentences, written for these tests.
const SENTENCES = [
  'The harbour master said the dredging of the eastern channel would begin after the spring tides and last until the autumn.',
  'Repairs to the old swing bridge, which carries the coast road over the estuary, will cost more than the council first thought, engineers said.',
  'According to the ferry company, the crossing was cancelled twice in March because of the gales.',
];

function syntaxOf(sentence: string): { syntax: SentenceSyntax; tokens: string[] } {
  const tokens = tokenize(sentence, 0, sentence.length);
  const syntax = new SentenceSyntax(tokenList(tokens), [{ start: 0, end: sentence.length, index: 0, paragraph: 0, tokenStart: 0, tokenEnd: tokens.length }]);
  return { syntax, tokens: tokens.map((t) => t.text) };
}

function plain(words: Word[]): object[] {
  return words.map(({ text, start, pos, chunk }) => ({ text, start, pos, chunk }));
}

describe('lazily tagged words', () => {
  it('tag a sentence only as far as its tags are read', () => {
    getSyntaxTagger().clearCaches();
    const s = SENTENCES[0];
    const { syntax, tokens } = syntaxOf(s);
    const words = syntax.tag(0, wordsOf(s, 0, s.length));
    const entry = getSyntaxTagger().sentences.entry(tokens);
    expect(entry.pos.length).toBe(0);
    expect(words[3].text).toBe('said');
    expect(words[3].pos).toBe('VBD');
    expect(entry.pos.length).toBeGreaterThanOrEqual(4);
    expect(entry.pos.length).toBeLessThan(tokens.length / 2);
  });

  it('read the tags, and find the attributions, of tagging whole sentences', () => {
    for (const s of SENTENCES) {
      getSyntaxTagger().clearCaches();
      const lazy = syntaxOf(s).syntax.tag(0, wordsOf(s, 0, s.length));
      const found = findSentenceAttributions(lazy);
      getSyntaxTagger().clearCaches();
      const whole = syntaxOf(s).syntax.tag(0, wordsOf(s, 0, s.length), true);
      expect(findSentenceAttributions(whole), s).toEqual(found);
      // Read in any order, last word first: the same tags.
      const backwards = syntaxOf(s).syntax.tag(0, wordsOf(s, 0, s.length));
      for (let k = backwards.length - 1; k >= 0; k--) expect(backwards[k].pos).toBe(whole[k].pos);
      expect(plain(lazy).map((w) => ({ ...w, chunk: '' }))).toEqual(plain(whole).map((w) => ({ ...w, chunk: '' })));
    }
  });

  it('take chunk tags lazily too once a rule asks for them, and those of a whole tagging', () => {
    const s = SENTENCES[1];
    getSyntaxTagger().clearCaches();
    const { syntax, tokens } = syntaxOf(s);
    const words = syntax.tag(0, wordsOf(s, 0, s.length));
    expect(words[0].pos).toBe('NNS'); // Repairs: the entry now holds a few tags
    expect(words[0].chunk).toBe(''); // no chunks asked for
    syntax.tag(0, words, true);
    const entry = getSyntaxTagger().sentences.entry(tokens);
    expect(entry.chunk.length).toBe(0);
    expect(words[2].chunk).toBe('B-NP'); // the old swing bridge
    expect(entry.chunk.length).toBeGreaterThanOrEqual(3);
    expect(entry.chunk.length).toBeLessThan(tokens.length / 2);
    expect(entry.pos.length).toBeLessThan(tokens.length / 2);
    getSyntaxTagger().clearCaches();
    const whole = syntaxOf(s).syntax.tag(0, wordsOf(s, 0, s.length), true);
    for (const w of whole) void w.chunk; // read in order: the whole sentence is chunked
    expect(plain(words)).toEqual(plain(whole));
    expect(whole.every((w) => (w.pos !== '' && w.chunk !== '') || w.punct !== '')).toBe(true);
  });
});
