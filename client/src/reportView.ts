import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * "Show Article Report" in a read-only virtual document (`newsmark-report:`), never an untitled
 * Markdown document: that one was itself analysed (30 more entries in Problems) and asked to be
 * saved on close. The client's document selector takes only `file` and `untitled` documents, so
 * the server never sees a report. The report follows its article: it is asked again when the
 * article's diagnostics change.
 */
export const REPORT_SCHEME = 'newsmark-report';

/** `newsmark-report:/Report - a.news.md?<article uri>`: the title a tab shows, Markdown by its extension. */
export function reportUri(article: vscode.Uri): vscode.Uri {
  const name = article.path.slice(article.path.lastIndexOf('/') + 1) || 'article';
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/Report - ${name}.md`, query: article.toString() });
}

export class ReportProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watch: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.watch = vscode.languages.onDidChangeDiagnostics((e) => {
      const open = new Set(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === REPORT_SCHEME).map((d) => d.uri.query));
      for (const uri of e.uris) if (open.has(uri.toString())) this.changed.fire(reportUri(uri));
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const client = this.client();
    if (!client) return 'The Newsmark language server is not running.\n';
    const report = await client.sendRequest<{ markdown: string } | null>('newsmark/articleReport', { uri: uri.query });
    return report?.markdown ?? 'Newsmark does not analyze this file (see the newsmark.languages setting), or it is no longer open.\n';
  }

  dispose(): void {
    this.watch.dispose();
    this.changed.dispose();
  }
}

/** Opens the report of the active editor's article beside it. */
export async function showArticleReport(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const article = editor.document.uri.scheme === REPORT_SCHEME ? vscode.Uri.parse(editor.document.uri.query) : editor.document.uri;
  const probe = await client.sendRequest<{ markdown: string } | null>('newsmark/articleReport', { uri: article.toString() });
  if (!probe) {
    void vscode.window.showInformationMessage('Newsmark does not analyze this file (see the newsmark.languages setting).');
    return;
  }
  const doc = await vscode.workspace.openTextDocument(reportUri(article));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
}
