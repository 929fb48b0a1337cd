import { SymbolKind } from './protocol';
import type { DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, EntityType, ParagraphRole } from '../core/model';
import type { ServerContext } from './context';
import { runSafe } from './runner';

const ROLE_KIND: Record<ParagraphRole, SymbolKind> = {
  headline: SymbolKind.File,
  byline: SymbolKind.Property,
  dateline: SymbolKind.Property,
  caption: SymbolKind.Field,
  boilerplate: SymbolKind.Null,
  heading: SymbolKind.Namespace,
  footnote: SymbolKind.Key,
  body: SymbolKind.String,
};

const ROLE_LABEL: Record<ParagraphRole, string> = {
  headline: 'Headline',
  byline: 'Byline',
  dateline: 'Dateline',
  caption: 'Caption',
  boilerplate: 'Boilerplate',
  heading: 'Heading',
  footnote: 'Footnote',
  body: 'Paragraph',
};

const ENTITY_GROUPS: { type: EntityType; label: string; kind: SymbolKind }[] = [
  { type: 'person', label: 'People', kind: SymbolKind.Object },
  { type: 'organization', label: 'Organizations', kind: SymbolKind.Module },
  { type: 'place', label: 'Places', kind: SymbolKind.Namespace },
  { type: 'group', label: 'Groups', kind: SymbolKind.EnumMember },
  { type: 'other', label: 'Other names', kind: SymbolKind.Key },
];

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

/** Outline: the article's structure, then its entities grouped by type with their mentions (cached per version). */
export function articleSymbols(document: TextDocument, article: Article): DocumentSymbol[] {
  let symbols = symbolCache.get(article);
  if (!symbols) {
    symbols = buildSymbols(document, article);
    symbolCache.set(article, symbols);
  }
  return symbols;
}

function buildSymbols(document: TextDocument, article: Article): DocumentSymbol[] {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const symbols: DocumentSymbol[] = article.paragraphs.map((p) => ({
    name: p.role === 'headline' || p.role === 'byline' || p.role === 'heading' ? oneLine(article.text.slice(p.start, p.end), 80) : firstWords(article.text.slice(p.start, p.end)),
    detail: ROLE_LABEL[p.role],
    kind: ROLE_KIND[p.role],
    range: range(p.start, p.end),
    selectionRange: range(p.start, Math.min(p.end, p.start + firstWords(article.text.slice(p.start, p.end)).length)),
  }));
  if (article.entities.length === 0) return symbols;
  const start = article.paragraphs[0]?.start ?? 0;
  const end = article.text.length;
  const groups: DocumentSymbol[] = [];
  for (const group of ENTITY_GROUPS) {
    const entities = article.entities.filter((e) => e.type === group.type);
    if (entities.length === 0) continue;
    const children: DocumentSymbol[] = entities.map((e) => {
      const mentions = e.mentions.map((i) => article.mentions[i]);
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      return {
        name: e.name,
        detail: `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
        kind: group.kind,
        range: range(first.start, last.end),
        selectionRange: range(first.start, first.end),
        children: mentions.map((m) => ({
          name: m.text,
          detail: `line ${document.positionAt(m.start).line + 1}`,
          kind: SymbolKind.Variable,
          range: range(m.start, m.end),
          selectionRange: range(m.start, m.end),
        })),
      };
    });
    const first = children[0].range.start;
    groups.push({
      name: group.label,
      detail: `${entities.length}`,
      kind: SymbolKind.Package,
      range: range(start, end),
      selectionRange: { start: first, end: first },
      children,
    });
  }
  symbols.push({
    name: 'Entities',
    detail: `${article.entities.length}`,
    kind: SymbolKind.Package,
    range: range(start, end),
    selectionRange: range(start, start),
    children: groups,
  });
  return symbols;
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function firstWords(s: string): string {
  const words = s.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
  return words.length > 0 ? words : '(empty)';
}
