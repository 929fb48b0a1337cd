import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, ArticleDiagnostic } from '../core/article';
import { presentDiagnostics } from '../features/diagnostics';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { ArticleCache, type Analysis } from './articleCache';
import type { IdleMemory } from './idleMemory';
import type { JitWarmUp } from './jitWarmUp';
import { sizeText } from '../workspace/articleFiles';
import { DEFAULT_SETTINGS, isAnalyzed, normalizeSettings, type NewsmarkSettings } from '../features/settings';

/** What every feature handler needs: the connection, the documents, settings, the cache and the workspace index. */
export class ServerContext {
  readonly cache: ArticleCache;
  /** The workspace index, once registerWorkspaceIndex (workspaceIndexing.ts) has created it. */
  workspaceIndex: WorkspaceIndex | undefined;
  private readonly settingsByUri = new Map<string, PromiseLike<NewsmarkSettings>>();
  /** Settings pushed by the client (or defaults) when it cannot answer workspace/configuration. */
  globalSettings: NewsmarkSettings = DEFAULT_SETTINGS;
  hasConfigurationCapability = false;
  /** The latest settings seen, used synchronously by request handlers. */
  private readonly resolved = new Map<string, NewsmarkSettings>();

  /**
   * `idleMemory`: gives memory back after large analyses; `warmUp`: warms the keystroke path up
   * while idle (the server's; tests may leave them out).
   */
  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    idleMemory?: IdleMemory,
    warmUp?: JitWarmUp,
  ) {
    this.cache = new ArticleCache(
      (length, closed) => idleMemory?.noteWork(length, closed),
      (analysed) => warmUp?.noteUse(analysed),
    );
  }

  async loadSettings(uri: string): Promise<NewsmarkSettings> {
    if (!this.hasConfigurationCapability) return this.globalSettings;
    let pending = this.settingsByUri.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'newsmark' })
        .then(normalizeSettings, () => this.globalSettings);
      this.settingsByUri.set(uri, pending);
    }
    const settings = await pending;
    this.resolved.set(uri, settings);
    return settings;
  }

  settingsFor(uri: string): NewsmarkSettings {
    return this.resolved.get(uri) ?? this.globalSettings;
  }

  clearSettings(): void {
    this.settingsByUri.clear();
    this.resolved.clear();
  }

  forget(uri: string): void {
    this.settingsByUri.delete(uri);
    this.resolved.delete(uri);
    this.cache.delete(uri);
  }

  /**
   * For a just-opened document: asks the client for its settings and, as soon as that request is
   * on its way, analyzes the document with the settings known so far (the client's initial ones,
   * which the answer nearly always confirms; if it does not, the cache analyzes again). The first
   * diagnostics then wait for the analysis or the client's answer, whichever is slower, not both.
   */
  prepare(uri: string): void {
    if (this.hasConfigurationCapability) void this.loadSettings(uri);
    // After the request's write, which the connection makes on the next turn (setImmediate).
    setImmediate(() => {
      try {
        this.article(uri);
      } catch {
        // Reported by the feature that asks next.
      }
    });
  }

  /**
   * The diagnostics of an analyzed open article as the client shows them: the document's
   * severities and disable comments applied, plus the workspace spelling-consistency ones when
   * `newsmark.workspaceConsistency` is on and the index has files. Computed at publish time, not
   * cached with the article, since the index changes on its own.
   */
  diagnosticsOf(uri: string, article: Article): ArticleDiagnostic[] {
    const settings = this.settingsFor(uri);
    const index = this.workspaceIndex;
    const workspace = settings.workspaceConsistency && index && index.size > 0 ? index.variantsOf.bind(index) : undefined;
    return presentDiagnostics(article, settings.severity, workspace);
  }

  /**
   * The analysis of an open document, or undefined when it is closed or its language is not
   * analysed. A document over the size limit or whose analysis failed has no article: the
   * diagnostics say so (diagnosticDelivery.ts) and the log gets one line per such result.
   */
  analysis(uri: string): { document: TextDocument; analysis: Analysis } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const settings = this.settingsFor(uri);
    if (!isAnalyzed(document.languageId, settings)) return undefined;
    const analysis = this.cache.get(document, settings);
    if (analysis.kind !== 'article' && !this.logged.has(analysis)) {
      this.logged.add(analysis);
      if (analysis.kind === 'failed') this.connection.console.error(`analysis failed for ${uri}: ${analysis.message}`);
      else this.connection.console.info(`${uri} is ${sizeText(analysis.size)}, over the ${analysis.limitMB} MB limit (newsmark.maxFileSizeMB): not analysed`);
    }
    return { document, analysis };
  }

  private readonly logged = new WeakSet<Analysis>();

  /** The analyzed article for a URI, or undefined when closed, excluded, too large or failed. */
  article(uri: string): { document: TextDocument; article: Article } | undefined {
    const found = this.analysis(uri);
    return found?.analysis.kind === 'article' ? { document: found.document, article: found.analysis.article } : undefined;
  }
}
