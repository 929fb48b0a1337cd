import { DiagnosticSeverity, DocumentDiagnosticReportKind } from './protocol';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleDiagnostic, Severity } from '../core/article';
import type { ServerContext } from './context';
import { runSafe } from './runner';
import { sizeText } from '../workspace/articleFiles';
import { FIX_OFFSETS } from '../core/claims/diagnosticMessages';

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
    data: lspData(d.data),
  }));
}

/** A diagnostic's data as sent to the client: without the quick fixes' text offsets (see FIX_OFFSETS). */
function lspData(data: ArticleDiagnostic['data']): ArticleDiagnostic['data'] {
  if (data === undefined || !FIX_OFFSETS.some((k) => k in data)) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!(FIX_OFFSETS as readonly string[]).includes(k)) out[k] = v;
  return out;
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
    const reports = new ReportIds();
    ctx.documents.onDidClose((e) => reports.forget(e.document.uri));
    connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
      const { uri } = params.textDocument;
      await ctx.loadSettings(uri);
      const found = runSafe(connection, 'diagnostics', token, [] as Diagnostic[], () => diagnosticsFor(ctx, uri));
      const items = Array.isArray(found) ? found : [];
      const { resultId, unchanged } = reports.report(uri, items, params.previousResultId);
      return unchanged ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId } : { kind: DocumentDiagnosticReportKind.Full, resultId, items };
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

/**
 * Result ids of pulled diagnostics (LSP 3.17). A keystroke mostly leaves a document's diagnostics
 * as they were: those on other lines keep their line and character. A client that sends the
 * result id it holds (VS Code's does) is then told `unchanged`, instead of being sent the same
 * list again, which it would parse and show again (35 KB of JSON for a 20 KB article).
 */
export class ReportIds {
  private readonly last = new Map<string, { resultId: string; items: Diagnostic[] }>();
  private next = 0;

  /** The result id of `items` for `uri`, and whether the client holds them already (it sent that id). */
  report(uri: string, items: Diagnostic[], previousResultId: string | undefined): { resultId: string; unchanged: boolean } {
    const held = this.last.get(uri);
    if (held !== undefined && sameJson(held.items, items)) {
      held.items = items;
      return { resultId: held.resultId, unchanged: previousResultId === held.resultId };
    }
    const resultId = String(++this.next);
    this.last.set(uri, { resultId, items });
    return { resultId, unchanged: false };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** Deep equality of JSON values (what a diagnostic is made of). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
  if (keys.length !== Object.keys(rb).filter((k) => rb[k] !== undefined).length) return false;
  for (const k of keys) if (!sameJson(ra[k], rb[k])) return false;
  return true;
}
