import type { Article, ArticleDiagnostic } from '../core/model';
import { finalizeWorkspaceDiagnostics, workspaceSpellings } from '../core/entities/workspaceConsistency';
import type { ServerContext } from './context';

/**
 * The workspace-level `name-inconsistency` diagnostics of one open article (setting
 * `newsmark.workspaceConsistency`), from the workspace index's files-per-spelling counts.
 * Computed at publish time, not cached with the article, since the index changes on its own.
 */
export function workspaceDiagnostics(ctx: ServerContext, uri: string, article: Article): ArticleDiagnostic[] {
  const settings = ctx.settingsFor(uri);
  if (!settings.workspaceConsistency) return [];
  const index = ctx.workspaceIndex;
  if (!index || index.size === 0) return [];
  const found = workspaceSpellings(article, (type, spelling) => index.variantsOf(type, spelling));
  return finalizeWorkspaceDiagnostics(article, found, settings.severity);
}

/** The article's own diagnostics and the workspace ones, in document order (code actions pair with these). */
export function allDiagnostics(ctx: ServerContext, uri: string, article: Article): ArticleDiagnostic[] {
  const extra = workspaceDiagnostics(ctx, uri, article);
  return extra.length === 0 ? article.diagnostics : [...article.diagnostics, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * Republishes diagnostics when the workspace index changes, at most once per `delayMs`, so a
 * background indexing run of thousands of files does not republish after every file.
 */
export function refreshOnIndexChange(ctx: ServerContext, refresh: () => void, delayMs = 1000): void {
  const index = ctx.workspaceIndex;
  if (!index) return;
  let timer: NodeJS.Timeout | undefined;
  index.onDidChange(() => {
    if (timer || ctx.documents.all().length === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, delayMs);
  });
}
