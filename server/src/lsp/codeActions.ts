import { CodeActionKind } from './protocol';
import type { AnnotatedTextEdit, CodeAction, CodeActionParams, Diagnostic, SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, ArticleDiagnostic } from '../core/article';
import { fixesFor, PLACEHOLDERS, type Fix } from '../features/quickFixes';
import { toLspDiagnostics } from './diagnosticDelivery';
import type { ServerContext } from './context';
import { runSafe } from './runner';

/** What the server announces: quick fixes only. */
export const CODE_ACTION_OPTIONS = { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false };

/** What the client can apply, from its capabilities. */
export interface EditSupport {
  /** Versioned `documentChanges` (the edit is refused if the document changed meanwhile). */
  documentChanges: boolean;
  /** LSP 3.18 snippet edits: the editor selects the `<source>` placeholder after applying. */
  snippets: boolean;
}

/**
 * Quick fixes for Newsmark diagnostics (textDocument/codeAction). The edits come from the
 * language service (features/quickFixes.ts, string offsets) and are converted to UTF-16 positions
 * here. Fixes are computed against the current analysis, so a diagnostic the client holds from an
 * older version only gets a fix when it still exists at the same place.
 */
export function registerCodeActions(ctx: ServerContext, support: EditSupport): void {
  ctx.connection.onCodeAction((params: CodeActionParams, token) =>
    runSafe(ctx.connection, 'codeAction', token, [] as CodeAction[], () => {
      if (!wantsQuickFixes(params.context.only)) return [];
      const found = ctx.article(params.textDocument.uri);
      // The diagnostics the client shows, workspace-level spelling ones included (they get their fixes too).
      return found ? codeActionsFor(found.document, found.article, ctx.diagnosticsOf(found.document.uri, found.article), params, support) : [];
    }),
  );
}

function wantsQuickFixes(only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty);
}

function codeActionsFor(document: TextDocument, article: Article, shown: ArticleDiagnostic[], params: CodeActionParams, support: EditSupport): CodeAction[] {
  const current = toLspDiagnostics(document, shown);
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const sent = params.context.diagnostics.filter((d) => d.source === 'newsmark');

  // Pair each of the article's diagnostics with the client's copy of it (same code and range),
  // or, for clients that send no diagnostics, take those that touch the requested range.
  const pairs: { article: ArticleDiagnostic; lsp: Diagnostic }[] = [];
  shown.forEach((d, i) => {
    const lsp = current[i];
    if (sent.length > 0) {
      const match = sent.find((s) => s.code === d.code && sameRange(s, lsp));
      if (match) pairs.push({ article: d, lsp: match });
    } else if (params.context.diagnostics.length === 0 && d.start <= end && start <= d.end) {
      pairs.push({ article: d, lsp });
    }
  });

  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const { article: d, lsp } of pairs) {
    for (const fix of fixesFor(article, d, shown)) {
      // "Disable X for this file" is the same action for every diagnostic of X: offer it once.
      const key = fix.title.endsWith('for this file') ? fix.title : `${d.start}:${d.end}:${fix.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push(toCodeAction(document, fix, lsp, support));
    }
  }
  // Preferred fixes first, then the rest in the order the core gives them.
  return actions.sort((a, b) => Number(b.isPreferred === true) - Number(a.isPreferred === true));
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

function toCodeAction(document: TextDocument, fix: Fix, diagnostic: Diagnostic, support: EditSupport): CodeAction {
  const edits: TextEdit[] = fix.edits.map((e) => ({
    range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
    newText: e.newText,
  }));
  let edit: WorkspaceEdit;
  if (support.documentChanges) {
    const versioned: (TextEdit | AnnotatedTextEdit | SnippetTextEdit)[] = support.snippets ? edits.map(asSnippet) : edits;
    edit = { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: versioned }] };
  } else {
    edit = { changes: { [document.uri]: edits } };
  }
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}

/**
 * A one-line edit holding a placeholder (`<source>`, `<reason>`) becomes a snippet with the placeholder as
 * tab stop 1, so the editor selects it. Multi-line edits stay plain text: editors re-indent the
 * lines of a snippet, which would move a footnote definition off column 0.
 */
function asSnippet(e: TextEdit): TextEdit | SnippetTextEdit {
  const placeholder = PLACEHOLDERS.find((p) => e.newText.includes(p));
  if (placeholder === undefined || /[\r\n]/.test(e.newText)) return e;
  const at = e.newText.indexOf(placeholder);
  const escape = (s: string): string => s.replace(/[\\$}]/g, (c) => `\\${c}`);
  const before = escape(e.newText.slice(0, at));
  const after = escape(e.newText.slice(at + placeholder.length));
  return { range: e.range, snippet: { kind: 'snippet', value: `${before}\${1:${placeholder}}${after}` } };
}
