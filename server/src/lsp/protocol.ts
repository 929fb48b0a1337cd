/**
 * The LSP library's values, imported in one place and without esbuild's ES-module wrapper:
 * `import ... from` a CommonJS package makes esbuild copy the package's namespace (about a
 * thousand names from `vscode-languageserver/node`) at start, once per import site. A plain
 * `require` does not. Types can still be imported from the package directly (`import type`
 * costs nothing at run time).
 */
import lsp = require('vscode-languageserver/node');

export const {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  DocumentHighlightKind,
  FileChangeType,
  LSPErrorCodes,
  MarkupKind,
  ProposedFeatures,
  RegistrationRequest,
  RequestType,
  ResponseError,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
} = lsp;

// The names above that are also types.
export type DiagnosticSeverity = lsp.DiagnosticSeverity;
export type SymbolKind = lsp.SymbolKind;
export type ResponseError<D = void> = lsp.ResponseError<D>;
export type TextEdit = lsp.TextEdit;
