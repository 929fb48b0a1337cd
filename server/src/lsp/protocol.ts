/**
 * The LSP library's values, imported in one place. esbuild wraps every ES import of a CommonJS
 * package in its own `__toESM` copy of the package's namespace, and `vscode-languageserver/node`
 * re-exports about a thousand names: one import site instead of ten saves ~20 ms of server start.
 * Types can still be imported from the package directly (`import type` costs nothing at run time).
 */
export {
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
  RequestType,
  ResponseError,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
} from 'vscode-languageserver/node';
