import type { ClientCapabilities, Definition, DefinitionParams, LocationLink } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/model';
import type { ServerContext } from './context';
import { definitionMention, entityAt } from './entityLookup';
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
  const at = entityAt(article, document.offsetAt(params.position));
  if (!at) return null;
  const def = article.mentions[definitionMention(article, at.entityIndex)];
  if (!def) return null;
  const range = { start: document.positionAt(def.start), end: document.positionAt(def.end) };
  if (!links) return { uri: document.uri, range };
  const origin = { start: document.positionAt(at.mention.start), end: document.positionAt(at.mention.end) };
  return [{ originSelectionRange: origin, targetUri: document.uri, targetRange: range, targetSelectionRange: range }];
}
