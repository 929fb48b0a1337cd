import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';

// The sample article of spec/examples, copied into seeds/ (the repository must test without ../shared).
const seedPath = join(__dirname, '../../seeds/seed-article.news');

function seedText(): string {
  return readFileSync(seedPath, 'utf8');
}

describe('seed article (spec/examples/seed-article.expected.md)', () => {
  const text = seedText();
  const article = analyzeArticle(text, { languageId: 'news' });
  const claimCodes = new Set(['unsourced-quote', 'unsourced-statistic', 'vague-source', 'unbalanced-quote']);
  const found = article.diagnostics
    .filter((d) => claimCodes.has(d.code))
    .map((d) => `${d.code}: ${text.slice(d.start, d.end)}`);

  it('yields exactly the expected sourcing diagnostics', () => {
    expect(found).toEqual([
      'vague-source: Ukrainian and South Korean officials',
      'vague-source: a military official',
      'vague-source: the official at the General Staff',
      "unsourced-statistic: fastest pace since the early days of Moscow's invasion in February 2022",
      'vague-source: Ukrainian officials',
      'unsourced-statistic: about 20 kilometres',
      'vague-source: Military analysts',
    ]);
  });

  it('uses the message form of spec section 5', () => {
    const d = article.diagnostics.find((x) => x.code === 'unsourced-statistic' && text.slice(x.start, x.end) === 'about 20 kilometres');
    expect(d?.message).toBe('Unsourced statistic "about 20 kilometres": add who said it, e.g. "..., officials said", or cite it with [^1]');
  });

  it('gives every quotation a speaker', () => {
    for (const q of article.quotations.filter((x) => x.paragraph <= 6)) {
      expect(q.attribution).toBeGreaterThanOrEqual(0);
      const a = article.attributions[q.attribution];
      expect(a.source.text).toMatch(/Zelenskiy/);
    }
    const carried = article.quotations.find((q) => text.slice(q.start, q.start + 14) === '"The Russians ');
    expect(article.attributions[carried!.attribution].via).toBe('carry-over');
  });

  it('resolves the pronoun He to Zelenskiy', () => {
    const he = article.attributions.find((a) => a.via === 'pronoun' && a.source.text === 'He');
    expect(he).toBeDefined();
    expect(article.entities[he!.entity]?.name).toMatch(/Zelenskiy/);
  });
});
