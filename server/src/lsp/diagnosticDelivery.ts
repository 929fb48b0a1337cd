import { DiagnosticSeverity, DocumentDiagnosticReportKind } from './protocol';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleDiagnostic, Severity } from '../core/article';
import type { ServerContext } from './context';
import { runSafe } from './runner';
import { sizeText } from '../workspace/articleFiles';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostics(document: TextDocument, diagnostics: ArticleDiagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({
    range: { start: document.positionAt(d.start), end: document.positionAt(d.end) },
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'newsmark',
    message: d.message,
    relatedInformation: d.related.map((r) => ({
      location: { uri: document.uri, range: { start: document.positionAt(r.start), end: document.positionAt(r.end) } },
      message: r.message,
    })),
    data: d.data,
  }));
}

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A document's diagnostics as the client shows them. A document with no article says why in one
 * diagnostic at its top: over the size limit (information), or its analysis failed (warning; the
 * error itself is in the server's log). Never silence.
 */
function diagnosticsFor(ctx: ServerContext, uri: string): Diagnostic[] {
  const found = ctx.analysis(uri);
  if (!found) return [];
  const { document, analysis } = found;
  if (analysis.kind === 'article') return toLspDiagnostics(document, ctx.diagnosticsOf(uri, analysis.article));
  if (analysis.kind === 'too-large') {
    const message = `Not analysed: this document is ${sizeText(analysis.size)}, over the ${analysis.limitMB} MB limit (setting newsmark.maxFileSizeMB), so typing stays fast.`;
    return [{ range: TOP, severity: DiagnosticSeverity.Information, source: 'newsmark', message }];
  }
  const reason = analysis.message.split('\n')[0];
  const message = `Newsmark analysis failed for this document (${reason}). Other documents are not affected; the details are in the Newsmark output log.`;
  return [{ range: TOP, severity: DiagnosticSeverity.Warning, source: 'newsmark', message }];
}

/**
 * Diagnostics are pulled (textDocument/diagnostic) when the client supports it, and pushed
 * otherwise, after a short per-document delay and only if the document is still at the
 * version that was analyzed, so a stale result never overwrites a newer one.
 */
/** Edits within this many milliseconds are analyzed once (a just-opened document is analyzed at once). */
const TYPING_DELAY_MS = 30;

export function registerDiagnostics(
  ctx: ServerContext,
  pull: boolean,
): { schedule(uri: string, delayMs?: number): void; refresh(): void } {
  const { connection, documents } = ctx;
  const timers = new Map<string, NodeJS.Timeout>();

  if (pull) {
    connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
      await ctx.loadSettings(params.textDocument.uri);
      const items = runSafe(connection, 'diagnostics', token, [] as Diagnostic[], () => diagnosticsFor(ctx, params.textDocument.uri));
      return { kind: DocumentDiagnosticReportKind.Full, items: Array.isArray(items) ? items : [] };
    });
  }

  const publish = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    await ctx.loadSettings(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = diagnosticsFor(ctx, uri);
    } catch (err) {
      connection.console.error(`diagnostics failed for ${uri}: ${err instanceof Error ? err.message : String(err)}`);
    }
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  return {
    schedule(uri: string, delayMs = TYPING_DELAY_MS): void {
      if (pull) return;
      const t = timers.get(uri);
      if (t) clearTimeout(t);
      timers.set(
        uri,
        setTimeout(() => {
          timers.delete(uri);
          void publish(uri);
        }, delayMs),
      );
    },
    refresh(): void {
      if (pull) void connection.languages.diagnostics.refresh();
      else documents.all().forEach((d) => this.schedule(d.uri));
    },
  };
}
