import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { entityCountOf } from './reportCounts';

/**
 * The status-bar item that says Newsmark is there: the active article's issues (its Newsmark
 * diagnostics) and entities; a click opens the article report. Entities are counted from the
 * report the server already sends (`## Entities (N)`); if that heading is ever missing, the item
 * shows issues alone rather than a wrong count.
 */
export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly analyzed: (doc: vscode.TextDocument) => boolean,
  ) {
    this.item.name = 'Newsmark';
    this.item.command = 'newsmark.showArticleReport';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule(300);
      }),
    );
    this.schedule(0);
  }

  /** Updates after `ms` (diagnostics arrive in bursts while typing). */
  schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), ms);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.analyzed(doc)) {
      this.item.hide();
      return;
    }
    const issues = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'newsmark').length;
    let entities: number | undefined;
    try {
      const report = await this.client()?.sendRequest<{ markdown: string } | null>('newsmark/articleReport', { uri: doc.uri.toString() });
      if (report) entities = entityCountOf(report.markdown);
    } catch {
      // Server starting or restarting: issues alone until the next update.
    }
    if (generation !== this.generation) return;
    const issueText = issues === 0 ? 'no sourcing issues' : `${issues} issue${issues === 1 ? '' : 's'}`;
    const entityText = entities === undefined ? '' : ` · ${entities} entit${entities === 1 ? 'y' : 'ies'}`;
    this.item.text = `$(${issues === 0 ? 'pass' : 'warning'}) Newsmark: ${issueText}${entityText}`;
    this.item.tooltip = `Newsmark: ${issueText}${entities === undefined ? '' : `, ${entities} named entities`} in this article. Click for the article report.`;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
