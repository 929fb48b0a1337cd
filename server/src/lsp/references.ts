import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article';
import type { ServerContext } from './context';
import { referencesAt as referencesOf } from '../features/navigation';
import { runSafe } from './runner';

/** Find references: every mention of the entity under the cursor, in document order. */
export function registerReferences(ctx: ServerContext): void {
  ctx.connection.onReferences((params: ReferenceParams, token) =>
    runSafe(ctx.connection, 'references', token, [] as Location[], () => {
      const found = ctx.article(params.textDocument.uri);
      return found ? referencesAt(found.document, found.article, params) : [];
    }),
  );
}

/** `includeDeclaration: false` leaves out the defining mention (the first full mention). */
export function referencesAt(document: TextDocument, article: Article, params: ReferenceParams): Location[] {
  return referencesOf(article, document.offsetAt(params.position), params.context.includeDeclaration).map((m) => ({
    uri: document.uri,
    range: { start: document.positionAt(m.start), end: document.positionAt(m.end) },
  }));
}
