import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { describeAt } from '../../server/src/features/hover';
import { describeQuotation, quotationSpeaker } from '../../server/src/features/quotationHover';
import { countSpeakers } from '../../server/src/core/claims/counts';
import { articleReport } from '../../server/src/features/report';
import { articleDiagnostics } from '../../server/src/features/diagnostics';
import type { Article, Entity } from '../../server/src/core/article';

const SEED = readFileSync(join(__dirname, '../../seeds/seed-article.news'), 'utf8');

function entityNamed(article: Article, name: string): Entity {
  const e = article.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}: ${article.entities.map((x) => x.name).join(', ')}`);
  return e;
}

function quotationAt(article: Article, opening: string) {
  const at = article.text.indexOf(opening);
  const q = article.quotations.find((x) => x.start === at);
  if (!q) throw new Error(`no quotation at "${opening}"`);
  return q;
}

describe('quotation speakers in the article model and the hover', () => {
  const article = analyzeArticle(SEED, { languageId: 'news' });

  it('links each quotation of the seed article to its speaker', () => {
    const speakers = article.quotations.map((q) => [article.text.slice(q.start, q.start + 12), quotationSpeaker(article, q)]);
    expect(speakers).toEqual([
      ['"a noticeabl', 'Volodymyr Zelenskiy (says)'],
      ['"Today there', 'Volodymyr Zelenskiy (said)'],
      ['"The Russian', 'Volodymyr Zelenskiy (said, continues an earlier quotation)'],
      ['"exhausting ', expect.stringContaining('Khortytsiya military command (said)')],
    ]);
  });

  it('shows "Quoted: <speaker> (<verb>)" in the quotation hover', () => {
    const q = quotationAt(article, '"Today there are');
    expect(describeQuotation(article, q)).toEqual(['**Quotation** · 22 words', 'Quoted: Volodymyr Zelenskiy (said)']);
    const hover = describeAt(article, q.start + 3, () => 1);
    expect(hover?.lines).toContain('Quoted: Volodymyr Zelenskiy (said)');
    const phrase = quotationAt(article, '"a noticeable number"');
    expect(describeQuotation(article, phrase)[0]).toBe('**Quotation** · 3 words · short phrase, not a claim');
  });

  it('lists every quotation with its speaker in the article report', () => {
    const report = articleReport(article, 'seed', articleDiagnostics(article));
    expect(report).toContain('## Quotations (4)');
    expect(report).toMatch(/^- 10:1 "Today there are already preliminary data .*\(22 words\): Quoted: Volodymyr Zelenskiy \(said\)$/m);
    expect(report).toMatch(/^- \d+:\d+ "exhausting battles" \(2 words, not a claim\): Quoted: .*Khortytsiya military command \(said\)$/m);
  });

  it('says "Quoted: unsourced" for a quotation nobody is credited with, and names vague sources as vague', () => {
    const text = [
      'Bridge closure',
      '',
      'The bridge will close for eight weeks from Monday.',
      '',
      '"Nobody asked the people who cross it every day."',
      '',
      'Officials said "the closure cannot be delayed any longer."',
      '',
    ].join('\n');
    const a = analyzeArticle(text, { languageId: 'news' });
    expect(describeQuotation(a, quotationAt(a, '"Nobody asked'))).toContain('Quoted: unsourced');
    expect(describeQuotation(a, quotationAt(a, '"the closure'))).toContain('Quoted: Officials (said) · vague source');
  });
});

describe('per-entity quote and attribution counts', () => {
  const article = analyzeArticle(SEED, { languageId: 'news' });

  it('counts Zelenskiy quoted 3 times and the source of 6 attributions in the seed article', () => {
    const z = entityNamed(article, 'Volodymyr Zelenskiy');
    // "a noticeable number", "Today there are ...", and the carried-over "The Russians include ...".
    expect(z.quoteCount).toBe(3);
    // The headline `...: Zelenskiy`, `says` and four `said` count; the two `..., saying` participles
    // (`He issued ..., saying`, `Zelenskiy replaced ..., saying`) source their sentences but are not counted.
    const own = article.attributions.filter((a) => a.entity === article.entities.indexOf(z) && a.via !== 'carry-over');
    expect(own.map((a) => `${a.via}:${a.verb.text}`)).toEqual([
      'headline:',
      'sentence:says',
      'sentence:said',
      'sentence:said',
      'sentence:said',
      'sentence:said',
      'pronoun:saying',
      'sentence:saying',
    ]);
    expect(z.attributionCount).toBe(6);
    const at = SEED.indexOf('Zelenskiy said the North');
    expect(describeAt(article, at + 2, () => 1)?.lines.join('\n')).toContain('quoted 3 times · source of 6 attributions');
  });

  it('counts named bodies, leaves vague sources and other entities at zero', () => {
    const command = article.entities.find((e) => e.name.includes('Khortytsiya'));
    expect(command).toMatchObject({ quoteCount: 1, attributionCount: 1 });
    expect(entityNamed(article, 'Vladimir Putin')).toMatchObject({ quoteCount: 0, attributionCount: 0 });
    const total = article.entities.reduce((n, e) => n + e.quoteCount, 0);
    expect(total).toBe(article.quotations.filter((q) => q.attribution >= 0 && article.attributions[q.attribution].entity >= 0).length);
  });

  it('recomputes from scratch, so counting twice gives the same numbers', () => {
    const before = article.entities.map((e) => [e.quoteCount, e.attributionCount]);
    countSpeakers(article.entities, article.quotations, article.attributions);
    expect(article.entities.map((e) => [e.quoteCount, e.attributionCount])).toEqual(before);
  });
});
