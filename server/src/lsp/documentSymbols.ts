import { SymbolKind } from './protocol';
import type { DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article';
import { documentSymbols, type OutlineKind, type OutlineSymbol } from '../features/documentSymbols';
import type { ServerContext } from './context';
import { runSafe } from './runner';

const KIND: Record<OutlineKind, SymbolKind> = {
  'paragraph:headline': SymbolKind.File,
  'paragraph:byline': SymbolKind.Property,
  'paragraph:dateline': SymbolKind.Property,
  'paragraph:caption': SymbolKind.Field,
  'paragraph:boilerplate': SymbolKind.Null,
  'paragraph:heading': SymbolKind.Namespace,
  'paragraph:footnote': SymbolKind.Key,
  'paragraph:body': SymbolKind.String,
  entities: SymbolKind.Package,
  entityGroup: SymbolKind.Package,
  'entity:person': SymbolKind.Object,
  'entity:organization': SymbolKind.Module,
  'entity:place': SymbolKind.Namespace,
  'entity:group': SymbolKind.EnumMember,
  'entity:other': SymbolKind.Key,
  mention: SymbolKind.Variable,
};

export function registerDocumentSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params, token) =>
    runSafe(ctx.connection, 'documentSymbol', token, [] as DocumentSymbol[], () => {
      const found = ctx.article(params.textDocument.uri);
      return found ? articleSymbols(found.document, found.article) : [];
    }),
  );
}

/** Symbols by analyzed article: the cache hands out one Article per document version, so this is a per-version cache. */
const symbolCache = new WeakMap<Article, DocumentSymbol[]>();

/** Outline (features/documentSymbols.ts) as LSP symbols, cached per version. */
export function articleSymbols(document: TextDocument, article: Article): DocumentSymbol[] {
  let symbols = symbolCache.get(article);
  if (!symbols) {
    symbols = documentSymbols(article, (o) => document.positionAt(o).line + 1).map((s) => toLsp(document, s));
    symbolCache.set(article, symbols);
  }
  return symbols;
}

function toLsp(document: TextDocument, s: OutlineSymbol): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: s.name,
    detail: s.detail,
    kind: KIND[s.kind],
    range: { start: document.positionAt(s.start), end: document.positionAt(s.end) },
    selectionRange: { start: document.positionAt(s.selectionStart), end: document.positionAt(s.selectionEnd) },
  };
  if (s.children) symbol.children = s.children.map((c) => toLsp(document, c));
  return symbol;
}
