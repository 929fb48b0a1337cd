import { MarkupKind } from './protocol';
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article';
import { describeAt } from '../features/hover';
import type { ServerContext } from './context';
import { runSafe } from './runner';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params: HoverParams, token) =>
    runSafe(ctx.connection, 'hover', token, null, () => {
      const found = ctx.article(params.textDocument.uri);
      return found ? hoverAt(found.document, found.article, params) : null;
    }),
  );
}

export function hoverAt(document: TextDocument, article: Article, params: HoverParams): Hover | null {
  const offset = document.offsetAt(params.position);
  const info = describeAt(article, offset, (o) => document.positionAt(o).line + 1);
  if (!info) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: info.lines.join('\n\n') },
    range: { start: document.positionAt(info.start), end: document.positionAt(info.end) },
  };
}
