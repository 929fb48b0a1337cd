import { DocumentHighlightKind } from './protocol';
import type { DocumentHighlight, DocumentHighlightParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/model';
import type { ServerContext } from './context';
import { definitionMention, entityAt } from './entityLookup';
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
  const at = entityAt(article, document.offsetAt(params.position));
  if (!at) return [];
  const def = definitionMention(article, at.entityIndex);
  return at.entity.mentions.map((i) => {
    const m = article.mentions[i];
    return {
      range: { start: document.positionAt(m.start), end: document.positionAt(m.end) },
      kind: i === def ? DocumentHighlightKind.Write : DocumentHighlightKind.Text,
    };
  });
}
