import { DocumentHighlightKind } from './protocol';
import type { DocumentHighlight, DocumentHighlightParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article';
import type { ServerContext } from './context';
import { highlightsAt as highlightsOf } from '../features/navigation';
import { runSafe } from './runner';

/** Document highlights: every mention of the entity under the cursor; the defining mention as Write. */
export function registerDocumentHighlights(ctx: ServerContext): void {
  ctx.connection.onDocumentHighlight((params: DocumentHighlightParams, token) =>
    runSafe(ctx.connection, 'documentHighlight', token, [] as DocumentHighlight[], () => {
      const found = ctx.article(params.textDocument.uri);
      return found ? highlightsAt(found.document, found.article, params) : [];
    }),
  );
}

export function highlightsAt(document: TextDocument, article: Article, params: DocumentHighlightParams): DocumentHighlight[] {
  return highlightsOf(article, document.offsetAt(params.position)).map((h) => ({
    range: { start: document.positionAt(h.start), end: document.positionAt(h.end) },
    kind: h.isDefinition ? DocumentHighlightKind.Write : DocumentHighlightKind.Text,
  }));
}
