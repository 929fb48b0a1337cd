import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../core/analyze';
import { AnalysisCache } from '../core/analysisCache';
import type { Article } from '../core/article';
import { analyzedLanguage, type NewsmarkSettings } from '../features/settings';

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

/** What analysing a document gave: its article, or why there is none. */
export type Analysis =
  | { kind: 'article'; article: Article }
  | { kind: 'too-large'; limitMB: number; /** The document's length, in UTF-16 code units. */ size: number }
  | { kind: 'failed'; message: string };

/**
 * Fault injection for the tests of failure isolation (tests/lsp/robustness.test.ts): when the
 * server is started with NEWSMARK_TEST_FAULT set, analysing a text that contains its value
 * throws. Every known crash is fixed, so this is the only way to have a failing analysis on demand.
 */
const FAULT = process.env.NEWSMARK_TEST_FAULT || undefined;

/**
 * One analysis per document text and analysis settings: every feature reads the cached result.
 * The key is what was analysed (the text itself, compared by identity first), not the version
 * number, which a client may reuse (a second didOpen, a full change at the same version). An
 * analysis that throws is kept as a failure of that document alone: it never reaches another
 * document's answers. Each open document has its own AnalysisCache (core/analysisCache.ts), so an
 * edit analyses again only the paragraphs it touched; it goes when the document is closed.
 */
export class ArticleCache {
  private readonly entries = new Map<string, { text: string; languageId: string; settings: string; analysis: Analysis }>();
  private readonly sessions = new Map<string, AnalysisCache>();

  /**
   * `afterWork`: told the length of each text analysed, and of each text forgotten (`closed`:
   * idleMemory.ts). `used`: told of each `get`, with, when it analysed, the text's length and a
   * function that analyses that text again with the same settings and cache, the result dropped
   * (false when the text is no longer the document's: jitWarmUp.ts).
   */
  constructor(
    private readonly afterWork: (length: number, closed: boolean) => void = () => {},
    private readonly used: (analysed: { length: number; again: () => boolean } | undefined) => void = () => {},
  ) {}

  delete(uri: string): void {
    const forgotten = this.entries.get(uri)?.text.length ?? 0;
    this.entries.delete(uri);
    this.sessions.delete(uri);
    this.afterWork(forgotten, true);
  }

  get(document: TextDocument, settings: NewsmarkSettings): Analysis {
    const hit = this.entries.get(document.uri);
    const key = analysisKey(settings);
    const text = document.getText();
    if (hit && hit.text === text && hit.languageId === document.languageId && hit.settings === key) {
      this.used(undefined);
      return hit.analysis;
    }
    let session = this.sessions.get(document.uri);
    if (session === undefined) {
      session = new AnalysisCache();
      this.sessions.set(document.uri, session);
    }
    const analysis = analyze(text, document.languageId, settings, session);
    // A document over the size limit keeps nothing of an earlier analysis.
    if (analysis.kind === 'too-large') this.sessions.delete(document.uri);
    const entry = { text, languageId: document.languageId, settings: key, analysis };
    this.entries.set(document.uri, entry);
    this.afterWork(text.length, false);
    const uri = document.uri;
    const cache = session;
    const again = (): boolean => {
      if (this.entries.get(uri) !== entry || this.sessions.get(uri) !== cache) return false;
      analyze(text, entry.languageId, settings, cache);
      return true;
    };
    this.used(analysis.kind === 'article' ? { length: text.length, again } : undefined);
    return analysis;
  }
}

function analyze(text: string, languageId: string, settings: NewsmarkSettings, session: AnalysisCache): Analysis {
  const limit = settings.maxFileSizeMB * 1024 * 1024;
  if (text.length > limit) return { kind: 'too-large', limitMB: settings.maxFileSizeMB, size: text.length };
  try {
    if (FAULT !== undefined && text.includes(FAULT)) throw new Error(`injected fault (${FAULT})`);
    const article = analyzeArticle(text, {
      languageId: analyzedLanguage(languageId),
      articleDate: settings.articleDate || undefined,
      dayFirst: settings.dateOrder !== 'month-first',
    }, session);
    return { kind: 'article', article };
  } catch (err) {
    return { kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}
