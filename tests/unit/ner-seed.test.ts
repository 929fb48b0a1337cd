import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';

/**
 * The people, places and organizations of spec/examples/seed-article.expected.md, found by the
 * trained tagger over seeds/seed-article.news and reported by analyzeArticle with the right type
 * (and, where the expected reading counts them, as often as they occur in the text).
 */
const file = path.resolve(__dirname, '../../seeds/seed-article.news');

describe.runIf(fs.existsSync(file))('NER on the seed article, through analyzeArticle', () => {
  const article = analyzeArticle(fs.readFileSync(file, 'utf8'));
  const count = (type: string, text: string): number =>
    article.mentions.filter((m) => m.type === type && m.text === text).length;

  it.each([
    ['Volodymyr Zelenskiy', 2],
    ['Zelenskiy', 7],
    ['Vladimir Putin', 1],
    ['Oleksandr Tarnavskiy', 1],
    ['Oleksandr Lutsenko', 1],
    ['Lutsenko', 1],
    ['Donald Trump', 1],
  ])('person %s (x%i)', (name, n) => {
    expect(count('person', name)).toBe(n);
  });

  it.each([
    ['Ukraine', 10],
    ['Kyiv', 5],
    ['Russia', 4],
    ['Moscow', 4],
    ['Kursk region', 5],
    ['Pokrovsk', 7],
    ['Donetsk region', 3],
    ['Donetsk', 1],
    ['Luhansk', 1],
    ['Brussels', 1],
    ['Britain', 1],
    ['France', 1],
    ['Germany', 1],
    ['Italy', 1],
    ['Poland', 1],
  ])('place %s (x%i)', (name, n) => {
    expect(count('place', name)).toBe(n);
  });

  it.each([
    ['NATO', 1],
    ['EU', 1],
    ['General Staff', 1],
    ['Khortytsiya military command', 1],
    ['Reuters', 2],
    ['AP', 1],
    ['AAP', 1],
    ['operational and tactical group Donetsk', 1],
  ])('organization %s (x%i)', (name, n) => {
    expect(count('organization', name)).toBe(n);
  });

  it('tags the nationalities as groups, and names always hold a capital letter', () => {
    for (const g of ['Ukrainian', 'Russian', 'North Korean', 'South Korean', 'European', 'Western'])
      expect(count('group', g), g).toBeGreaterThan(0);
    const pronoun = /^(?:he|she|him|his|her|it|its|they|them|their)$/i;
    for (const m of article.mentions) if (!pronoun.test(m.text)) expect(m.text, m.text).toMatch(/\p{Lu}/u);
  });
});
