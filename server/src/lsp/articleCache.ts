import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../core/analyze';
import type { Article } from '../core/article';
import type { NewsmarkSettings } from '../features/settings';

/**
 * The settings the analysis itself reads, as a string (memoized per settings object). Severities
 * and disable comments are applied after the analysis (features/diagnostics.ts), so they are not
 * part of it: changing a severity does not analyze again.
 */
const keys = new WeakMap<NewsmarkSettings, string>();
function analysisKey(settings: NewsmarkSettings): string {
  let key = keys.get(settings);
  if (key === undefined) {
    key = JSON.stringify([settings.maxFileSizeMB, settings.articleDate, settings.dateOrder]);
    keys.set(settings, key);
  }
  return key;
}

/**
 * One analysis per document version and analysis settings: every feature reads the cached
 * article, and a change of the settings the analysis depends on analyzes again. A document
 * larger than the size limit is not analyzed (features answer empty).
 */
export class ArticleCache {
  private readonly entries = new Map<string, { version: number; settings: string; article: Article | undefined }>();

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get(document: TextDocument, settings: NewsmarkSettings): Article | undefined {
    const hit = this.entries.get(document.uri);
    const key = analysisKey(settings);
    if (hit && hit.version === document.version && hit.settings === key) return hit.article;
    const text = document.getText();
    const article =
      text.length > settings.maxFileSizeMB * 1024 * 1024
        ? undefined
        : analyzeArticle(text, {
            languageId: document.languageId,
            articleDate: settings.articleDate || undefined,
            dayFirst: settings.dateOrder !== 'month-first',
          });
    this.entries.set(document.uri, { version: document.version, settings: key, article });
    return article;
  }
}
