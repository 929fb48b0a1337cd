import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { articleDiagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS, type NewsmarkSettings } from '../../server/src/features/settings';
import { ArticleCache } from '../../server/src/lsp/articleCache';
import { analyzeArticle } from '../../server/src/core/analyze';

const TEXT = 'Harbour wall\n\nOfficials said the wall would take most of the summer.\n\nAna Ramos said "we will.\n';

function withSettings(change: Partial<NewsmarkSettings>): NewsmarkSettings {
  return { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity }, ...change };
}

describe('the analysis cache', () => {
  it('does not analyze again when only a severity changes; the diagnostics still follow it', () => {
    const cache = new ArticleCache();
    const doc = TextDocument.create('file:///a.news', 'news', 1, TEXT);
    const before = withSettings({});
    const analysis = cache.get(doc, before);
    if (analysis.kind !== 'article') throw new Error(`not analysed: ${analysis.kind}`);
    const article = analysis.article;
    expect(articleDiagnostics(article, before.severity).map((d) => d.code)).toContain('vague-source');

    const after = withSettings({ severity: { ...DEFAULT_SETTINGS.severity, 'vague-source': 'off', 'unbalanced-quote': 'error' } });
    // The very same Article object: the analysis did not run again.
    expect(cache.get(doc, after)).toBe(analysis);
    const shown = articleDiagnostics(article, after.severity);
    expect(shown.map((d) => d.code)).not.toContain('vague-source');
    expect(shown.find((d) => d.code === 'unbalanced-quote')?.severity).toBe('error');
  });

  it('analyzes again when a setting the analysis reads changes, or the document does', () => {
    const cache = new ArticleCache();
    const doc = TextDocument.create('file:///a.news', 'news', 1, TEXT);
    const article = cache.get(doc, withSettings({}));
    expect(cache.get(doc, withSettings({ articleDate: '2024-11-23' }))).not.toBe(article);
    const again = cache.get(doc, withSettings({ dateOrder: 'month-first' }));
    expect(again).not.toBe(article);
    const edited = TextDocument.update(doc, [{ text: 'Harbour walls\n', range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } }], 2);
    expect(cache.get(edited, withSettings({ dateOrder: 'month-first' }))).not.toBe(again);
  });

  it('keys on the text analysed, not the version number: the same version with another text is analysed again', () => {
    const cache = new ArticleCache();
    const first = cache.get(TextDocument.create('file:///a.news', 'news', 4, TEXT), withSettings({}));
    const same = cache.get(TextDocument.create('file:///a.news', 'news', 4, TEXT), withSettings({}));
    expect(same).toBe(first);
    const other = cache.get(TextDocument.create('file:///a.news', 'news', 4, 'Quiet day\n\nNothing happened in the harbour.\n'), withSettings({}));
    expect(other).not.toBe(first);
    if (other.kind !== 'article') throw new Error(other.kind);
    expect(other.article.text).toContain('Nothing happened');
  });

  it('names the limit instead of analysing a document over it', () => {
    const cache = new ArticleCache();
    const big = cache.get(TextDocument.create('file:///big.news', 'news', 1, TEXT.repeat(200)), withSettings({ maxFileSizeMB: 0.01 }));
    expect(big).toMatchObject({ kind: 'too-large', limitMB: 0.01 });
  });
  it('an edited document, analysed with its session, has the Article a fresh analysis gives', () => {
    const cache = new ArticleCache();
    let doc = TextDocument.create('file:///b.news', 'news', 1, TEXT);
    cache.get(doc, withSettings({}));
    const edits: [number, number, string][] = [
      [2, 0, 'Police said 40 people were moved.\n\n'],
      [4, 10, ' 12'],
      [0, 0, '“'],
    ];
    for (const [line, character, text] of edits) {
      doc = TextDocument.update(doc, [{ text, range: { start: { line, character }, end: { line, character } } }], doc.version + 1);
      const analysis = cache.get(doc, withSettings({ dateOrder: 'month-first' }));
      if (analysis.kind !== 'article') throw new Error(`not analysed: ${analysis.kind}`);
      expect(analysis.article).toEqual(analyzeArticle(doc.getText(), { languageId: 'news', dayFirst: false }));
    }
  });
});
