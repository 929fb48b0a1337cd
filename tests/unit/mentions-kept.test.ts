import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { AnalysisCache } from '../../server/src/core/analysisCache';

// entities/mentions.ts keeps each sentence's names with its tags, coded one character a tag, for
// the next analysis of an editor's document; a sentence whose coded tags still match is not read
// again. Here a sentence of more than 4,096 words. The property test in
// tests/fuzz/incremental.test.ts fails when a stale entry is taken as matching.
describe("the names kept per sentence between an editor's analyses", () => {
  it('are those of a fresh analysis for a sentence of thousands of words, kept and then reused', () => {
    const clause = 'the ferry from Dover to Calais ran late while Ana Ramos of the Harbour Trust waited and';
    const long = `${Array.from({ length: 400 }, () => clause).join(' ')} nobody complained.`;
    expect(long.split(' ').length).toBeGreaterThan(4096);
    const text = `Ferry delays\n\n${long}\n\nThe trust met on Monday.\n`;
    const cache = new AnalysisCache();
    const first = analyzeArticle(text, {}, cache);
    expect(first.mentions.filter((m) => m.text === 'Ana Ramos')).toHaveLength(400);
    // An edit in another paragraph: the long sentence's names come from what was kept.
    const edited = text.replace('Monday', 'Tuesday');
    const again = analyzeArticle(edited, {}, cache);
    expect(JSON.stringify(again.mentions)).toBe(JSON.stringify(analyzeArticle(edited).mentions));
    // And an edit inside it, where its tags are coded again.
    const inside = edited.replace('Calais ran', 'Calais sailed');
    expect(JSON.stringify(analyzeArticle(inside, {}, cache).mentions)).toBe(JSON.stringify(analyzeArticle(inside).mentions));
  });
});
