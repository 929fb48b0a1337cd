import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/model';
import { ArticleCache } from './cache';
import { DEFAULT_SETTINGS, normalizeSettings, type NewsmarkSettings } from './settings';

/** What every feature handler needs: the connection, the documents, settings and the cache. */
export class ServerContext {
  readonly cache = new ArticleCache();
  private readonly settingsByUri = new Map<string, PromiseLike<NewsmarkSettings>>();
  /** Settings pushed by the client (or defaults) when it cannot answer workspace/configuration. */
  globalSettings: NewsmarkSettings = DEFAULT_SETTINGS;
  hasConfigurationCapability = false;
  /** The latest settings seen, used synchronously by request handlers. */
  private readonly resolved = new Map<string, NewsmarkSettings>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {}

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

  /** The analyzed article for a URI, or undefined when closed, excluded or too large. */
  article(uri: string): { document: TextDocument; article: Article } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const settings = this.settingsFor(uri);
    if (!settings.languages.includes(document.languageId)) return undefined;
    const article = this.cache.get(document, settings);
    if (!article) return undefined;
    return { document, article };
  }
}
