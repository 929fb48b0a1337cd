import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { articleDiagnostics } from '../../server/src/features/diagnostics';

const ROOT = join(__dirname, '..', '..');
const seed = readFileSync(join(ROOT, 'seeds', 'seed-article.news'), 'utf8');

describe('analyzeArticle on the seed article', () => {
  const a = analyzeArticle(seed, { languageId: 'news' });

  it('gives paragraphs the roles of spec/examples/seed-article.expected.md', () => {
    const roles = a.paragraphs.map((p) => p.role);
    expect(roles.slice(0, 3)).toEqual(['headline', 'byline', 'caption']);
    expect(roles.filter((r) => r === 'body')).toHaveLength(23);
    const boiler = a.paragraphs.filter((p) => p.role === 'boilerplate').map((p) => seed.slice(p.start, p.end));
    expect(boiler).toEqual(['Read more...', 'Get the latest news from thewest.com.au in your inbox.', 'Sign up for our emails']);
  });

  it('keeps every span an exact slice of the text', () => {
    for (const t of a.tokens) expect(seed.slice(t.start, t.end)).toBe(t.text);
    for (const m of a.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
    for (const s of a.sentences) expect(s.end).toBeGreaterThan(s.start);
  });

  it('keeps a two-sentence quotation in one sentence and splits ordinary sentences', () => {
    const quote = a.sentences.find((s) => seed.slice(s.start, s.end).startsWith('"The Russians include them'));
    expect(seed.slice(quote!.start, quote!.end)).toBe(
      '"The Russians include them in consolidated units and use them in operations in the Kursk region. For now, it is only there."',
    );
  });

  it('groups the surname with the full name of the same person', () => {
    const z = a.entities.find((e) => e.name === 'Volodymyr Zelenskiy');
    expect(z).toBeDefined();
    const texts = z!.mentions.map((i) => a.mentions[i].text);
    expect(texts).toContain('Zelenskiy');
  });
});

describe('analyzeArticle on edge input', () => {
  it('handles empty text, lone surrogates and control characters', () => {
    expect(analyzeArticle('').paragraphs).toEqual([]);
    const odd = analyzeArticle('Head\uD800line\n\nThe \uDC00mayor said "x\uD83D" left.\u0000\n');
    expect(odd.paragraphs.length).toBe(2);
  });

  it('takes the article date from the setting first, then front matter', () => {
    const text = '---\ndate: 2024-11-23\n---\nHeadline\n\nBody text here.\n';
    expect(analyzeArticle(text).articleDate).toEqual({ date: '2024-11-23', origin: 'front-matter' });
    expect(analyzeArticle(text, { articleDate: '2025-01-02' }).articleDate).toEqual({ date: '2025-01-02', origin: 'setting' });
    expect(analyzeArticle('---\ndate: 2024-02-31\n---\nX\n').articleDate).toBeUndefined();
  });

  it('finds every diagnostic; severities and disable comments are applied after the analysis', () => {
    const text = 'Headline\n\nAna Ramos said "we will.\n\n<!-- newsmark-disable-next-line unbalanced-quote -->\nBen Adams said "no.\n';
    const a = analyzeArticle(text);
    // The analysis keeps the silenced one (second line) and the comment that silences it.
    expect(a.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unbalanced-quote', 'warning'], ['unbalanced-quote', 'warning']]);
    expect(a.directives.map((d) => [d.kind, d.codes])).toEqual([['disable-next-line', ['unbalanced-quote']]]);
    expect(articleDiagnostics(a).map((d) => [d.code, d.severity, text.slice(d.start, d.start + 4)])).toEqual([['unbalanced-quote', 'warning', '"we ']]);
    expect(articleDiagnostics(a, { 'unbalanced-quote': 'error' })[0].severity).toBe('error');
    expect(articleDiagnostics(a, { 'unbalanced-quote': 'off' })).toEqual([]);
    expect(articleDiagnostics(analyzeArticle(`<!-- newsmark-disable unbalanced-quote -->\n${text}`))).toEqual([]);
  });

  it('reads Markdown paragraphs and ignores markup', () => {
    const md = '# Rates rise again\n\nBy Jo Park\n\nThe **central bank** raised rates,\nits governor said.\n\n## Reaction\n\nMarkets fell.\n';
    const a = analyzeArticle(md, { languageId: 'markdown' });
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'byline', 'body', 'heading', 'body']);
    expect(md.slice(a.paragraphs[2].start, a.paragraphs[2].end)).toBe('The **central bank** raised rates,\nits governor said.');
  });
});
