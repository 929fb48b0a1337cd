import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/core/analyze';
import type { NumberMention } from '../../server/src/core/article';

const root = join(__dirname, '..', '..');
const seedPath = existsSync(join(root, 'seeds', 'seed-article.news'))
  ? join(root, 'seeds', 'seed-article.news')
  : join(root, '..', 'shared', 'spec', 'examples', 'seed-article.txt');
const text = readFileSync(seedPath, 'utf8');

/** The real pipeline: markup, paragraphs, sentences, numbers (the seed has no front matter date or dated dateline). */
function seedNumbers(articleDate?: string): NumberMention[] {
  return analyzeArticle(text, { languageId: 'news', ...(articleDate ? { articleDate } : {}) }).numbers;
}

// spec/examples/seed-article.expected.md, "Numbers and dates", in document order.
const EXPECTED: [string, string, string?][] = [
  ['August', 'date'],
  ['nearly 34-month-old', 'duration'],
  ['more than 10,000', 'cardinal', 'North Korean troops'],
  ['next week', 'date'],
  ['Wednesday', 'date'],
  ['54', 'age'],
  ['February 2022', 'date'],
  ['Last month', 'date'],
  ['Saturday', 'date'],
  ['62', 'cardinal', 'combat clashes'],
  ['the last 24 hours', 'duration'],
  ['about 11,000', 'cardinal', 'people'],
  ['months', 'duration'],
  ['about 20 kilometres', 'quantity'],
];

describe('numbers on the seed article', () => {
  for (const articleDate of [undefined, '2024-11-23']) {
    it(`finds exactly the expected table (article date ${articleDate ?? 'unknown'})`, () => {
      const found = seedNumbers(articleDate);
      expect(found.map((n) => [n.text, n.type, ...(n.counted ? [n.counted.text] : [])])).toEqual(EXPECTED);
      for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
    });
  }

  it('normalizes the values as the expected table says', () => {
    const found = seedNumbers('2024-11-23');
    const by = (t: string) => found.find((n) => n.text === t)!;
    expect(by('more than 10,000').value).toMatchObject({ value: 10000, qualifier: '>', display: '> 10,000' });
    expect(by('about 11,000').value).toMatchObject({ value: 11000, qualifier: '~', display: '≈ 11,000' });
    expect(by('nearly 34-month-old').value).toMatchObject({ value: 34, unit: 'month', qualifier: '<~' });
    expect(by('about 20 kilometres').value.display).toBe('≈ 20 km (≈ 12.4 mi)');
    expect(by('February 2022').value).toMatchObject({ date: '2022-02', display: '2022-02 (February 2022)' });
    expect(by('August').value.date).toBe('2024-08');
    expect(by('Saturday').value.display).toBe('Saturday 2024-11-23');
    expect(by('Wednesday').value.date).toBe('2024-11-27');
    expect(by('Last month').value.date).toBe('2024-10');
    expect(by('next week').value.date).toBe('2024-11-25/2024-12-01');
    expect(by('54').value).toMatchObject({ value: 54, display: '54 years' });
    expect(by('months').value.vague).toBe(true);
    const article = analyzeArticle(text, { languageId: 'news', articleDate: '2024-11-23' });
    for (const n of article.numbers) {
      const s = article.sentences[n.sentence]!;
      expect(s.start <= n.start && n.end <= s.end, n.text).toBe(true);
    }
  });

  it('leaves relative dates unresolved without an article date', () => {
    const found = seedNumbers();
    const sat = found.find((n) => n.text === 'Saturday')!;
    expect(sat.value.date).toBeUndefined();
    expect(sat.value.display).toContain('relative to the article date, which is not known');
    expect(found.find((n) => n.text === 'February 2022')!.value.date).toBe('2022-02');
  });
});
