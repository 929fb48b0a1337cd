import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mayHoldRecord, recordPhrases } from '../../server/src/core/claims/records';
import { wordsOf, type Word } from '../../server/src/core/claims/words';
import { SentenceSyntax } from '../../server/src/core/claims/wordTags';
import { tokenize } from '../../server/src/core/tokenize';
import { analyzeArticle } from '../../server/src/core/analyze';
import { getSyntaxTagger } from '../../server/src/core/syntax/shippedTagger';
import { tokenList } from '../../server/src/core/sentenceTokens';

/** A sentence's words tagged as the claim rules tag them: part of speech, and chunks when asked. */
function tagged(sentence: string, withChunks: boolean): Word[] {
  const tokens = tokenize(sentence, 0, sentence.length);
  const syntax = new SentenceSyntax(tokenList(tokens), [{ start: 0, end: sentence.length, index: 0, paragraph: 0, tokenStart: 0, tokenEnd: tokens.length }]);
  return syntax.tag(0, wordsOf(sentence, 0, sentence.length), withChunks);
}

// Invented sentences, written for these tests.
const WITH_RECORDS = [
  'The harbour is the busiest port in the region since 1998.',
  'It was her first title since 2003.',
  'Ferry fares rose for a third successive year, the highest rise in a decade.',
  'It is one of the most widely used routes in the country.',
  'The council recorded its largest-ever surplus.',
];
const WITHOUT = [
  'The council showed no interest in the protest on the west side.',
  'Officials said the test would take place after the arrest.',
  'A modest harvest left the forest guest house empty.',
];

describe('record phrases need chunk tags only where a superlative or an ordinal stands', () => {
  it('finds a candidate from the part-of-speech tags alone in sentences with a record', () => {
    for (const s of WITH_RECORDS) expect(mayHoldRecord(tagged(s, false)), s).toBe(true);
    expect(WITH_RECORDS.some((s) => recordPhrases(tagged(s, true)).length > 0)).toBe(true);
  });

  it('finds none in sentences whose -est words are not superlatives', () => {
    for (const s of WITHOUT) expect(mayHoldRecord(tagged(s, false)), s).toBe(false);
  });

  it('is never false where recordPhrases, given chunks, finds a phrase (every sentence of the seeds and of these tests)', () => {
    const seeds = join(__dirname, '..', '..', 'seeds');
    const sentences = [...WITH_RECORDS, ...WITHOUT];
    for (const f of readdirSync(seeds)) {
      const a = analyzeArticle(readFileSync(join(seeds, f), 'utf8'));
      for (const s of a.sentences) sentences.push(a.plain.slice(s.start, s.end));
    }
    expect(sentences.length).toBeGreaterThan(50);
    let candidates = 0;
    for (const s of sentences) {
      const may = mayHoldRecord(tagged(s, false));
      if (may) candidates++;
      else expect(recordPhrases(tagged(s, true)), s).toEqual([]);
    }
    // Most sentences have none: that is what the check saves.
    expect(candidates).toBeLessThan(sentences.length / 2);
  });

  it('reads the part-of-speech tags of the words that may be superlatives only, so a sentence is tagged no further', () => {
    // No word but `interest` ends in -est, and it is no superlative: the first words' tags are read, no more.
    const s = 'The council showed no interest in the plan to widen the coast road past the old quarry and the primary school.';
    getSyntaxTagger().clearCaches();
    const tokens = tokenize(s, 0, s.length);
    expect(mayHoldRecord(tagged(s, false))).toBe(false);
    const entry = getSyntaxTagger().sentences.entry(tokens.map((t) => t.text));
    expect(entry.pos.length).toBeGreaterThan(0);
    expect(entry.pos.length).toBeLessThan(tokens.length / 2);
  });
});
