import type { ClientCapabilities, Definition, DefinitionParams, LocationLink } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article';
import type { ServerContext } from './context';
import { definitionAt as definitionOf } from '../features/navigation';
import { runSafe } from './runner';

/** Go to definition: from any mention of an entity to its first full mention. */
export function registerDefinition(ctx: ServerContext, capabilities: ClientCapabilities): void {
  const links = capabilities.textDocument?.definition?.linkSupport === true;
  ctx.connection.onDefinition((params: DefinitionParams, token) =>
    runSafe(ctx.connection, 'definition', token, null, () => {
      const found = ctx.article(params.textDocument.uri);
      return found ? definitionAt(found.document, found.article, params, links) : null;
    }),
  );
}

export function definitionAt(document: TextDocument, article: Article, params: DefinitionParams, links: boolean): Definition | LocationLink[] | null {
  const found = definitionOf(article, document.offsetAt(params.position));
  if (!found) return null;
  const range = { start: document.positionAt(found.target.start), end: document.positionAt(found.target.end) };
  if (!links) return { uri: document.uri, range };
  const origin = { start: document.positionAt(found.origin.start), end: document.positionAt(found.origin.end) };
  return [{ originSelectionRange: origin, targetUri: document.uri, targetRange: range, targetSelectionRange: range }];
}
