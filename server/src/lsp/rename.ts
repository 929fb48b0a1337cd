import { LSPErrorCodes, ResponseError, TextEdit } from './protocol';
import type { ClientCapabilities, PrepareRenameParams, Range, RenameParams, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article';
import { prepareRename, renameEdits } from '../features/rename';
import type { ServerContext } from './context';
import { runSafe } from './runner';

/** Rename an entity's spelling (features/rename.ts); a refusal becomes a RequestFailed error with its reason. */
export function registerRename(ctx: ServerContext, capabilities: ClientCapabilities): void {
  const documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
  ctx.connection.onPrepareRename((params: PrepareRenameParams, token) =>
    runSafe(ctx.connection, 'prepareRename', token, null, () => {
      const found = ctx.article(params.textDocument.uri);
      if (!found) return new ResponseError<void>(LSPErrorCodes.RequestFailed, 'Newsmark does not analyze this document (language, size or settings).');
      return prepareRenameAt(found.document, found.article, params);
    }),
  );
  ctx.connection.onRenameRequest((params: RenameParams, token) =>
    runSafe(ctx.connection, 'rename', token, null, () => {
      const found = ctx.article(params.textDocument.uri);
      if (!found) return null;
      return renameAt(found.document, found.article, params, documentChanges);
    }),
  );
}

export function prepareRenameAt(document: TextDocument, article: Article, params: PrepareRenameParams): { range: Range; placeholder: string } | ResponseError<void> {
  const target = prepareRename(article, document.offsetAt(params.position));
  if ('error' in target) return new ResponseError<void>(LSPErrorCodes.RequestFailed, target.error);
  return {
    range: { start: document.positionAt(target.span.start), end: document.positionAt(target.span.end) },
    placeholder: target.placeholder,
  };
}

export function renameAt(document: TextDocument, article: Article, params: RenameParams, documentChanges: boolean): WorkspaceEdit | ResponseError<void> {
  const found = renameEdits(article, document.offsetAt(params.position), params.newName);
  if ('error' in found) return new ResponseError<void>(LSPErrorCodes.RequestFailed, found.error);
  const edits = found.map((e) => TextEdit.replace({ start: document.positionAt(e.start), end: document.positionAt(e.end) }, e.newText));
  if (documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits } };
}
