import { LSPErrorCodes, ResponseError, TextEdit } from './protocol';
import type { ClientCapabilities, PrepareRenameParams, Range, RenameParams, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/model';
import type { ServerContext } from './context';
import { entityAt, isPronoun, nameSpan, numberAt, spellingOf } from './entityLookup';
import { runSafe } from './runner';

/**
 * Rename an entity's spelling: every mention spelled like the one under the cursor changes
 * (name part only: titles and possessives stay). Renaming a full name (`Volodymyr Zelenskiy` ->
 * `Volodymyr Zelensky`) also renames the bare surname mentions spelled like its last word
 * (`Zelenskiy` -> `Zelensky`). Other spellings, capitals and nationality adjectives are left alone.
 */
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

/** Why the cursor's position cannot be renamed, or the mention's entity and name span. */
function renameTarget(article: Article, offset: number) {
  const at = entityAt(article, offset);
  if (!at) {
    const reason = numberAt(article, offset)
      ? 'Numbers cannot be renamed: Newsmark renames the names of people, organizations, places and groups.'
      : 'There is no name here: Newsmark renames the names of people, organizations, places and groups.';
    return new ResponseError<void>(LSPErrorCodes.RequestFailed, reason);
  }
  if (isPronoun(at.mention)) {
    return new ResponseError<void>(LSPErrorCodes.RequestFailed, `"${at.mention.text}" is a pronoun: rename the name it stands for (${at.entity.name}).`);
  }
  return { ...at, span: nameSpan(article, at.mention), spelling: spellingOf(article, at.mention) };
}

export function prepareRenameAt(document: TextDocument, article: Article, params: PrepareRenameParams): { range: Range; placeholder: string } | ResponseError<void> {
  const target = renameTarget(article, document.offsetAt(params.position));
  if (target instanceof ResponseError) return target;
  return {
    range: { start: document.positionAt(target.span.start), end: document.positionAt(target.span.end) },
    placeholder: article.text.slice(target.span.start, target.span.end),
  };
}

export function renameAt(document: TextDocument, article: Article, params: RenameParams, documentChanges: boolean): WorkspaceEdit | ResponseError<void> {
  const target = renameTarget(article, document.offsetAt(params.position));
  if (target instanceof ResponseError) return target;
  const newName = params.newName.replace(/\s+/g, ' ').trim();
  if (newName === '') return new ResponseError<void>(LSPErrorCodes.RequestFailed, 'The new name is empty.');
  const oldWords = target.spelling.split(' ');
  const newWords = newName.split(' ');
  const oldSurname = oldWords.length > 1 ? oldWords[oldWords.length - 1] : undefined;
  const newSurname = newWords[newWords.length - 1];
  const edits: TextEdit[] = [];
  for (const i of target.entity.mentions) {
    const m = article.mentions[i];
    if (isPronoun(m)) continue;
    const spelling = spellingOf(article, m);
    let replacement: string | undefined;
    if (spelling === target.spelling) replacement = newName;
    else if (oldSurname !== undefined && spelling === oldSurname && newSurname !== oldSurname) replacement = newSurname;
    if (replacement === undefined) continue;
    const span = nameSpan(article, m);
    edits.push(TextEdit.replace({ start: document.positionAt(span.start), end: document.positionAt(span.end) }, replacement));
  }
  if (documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits } };
}
