import type {
  ClientCapabilities,
  SemanticTokens,
  SemanticTokensLegend,
  SemanticTokensParams,
  SemanticTokensRangeParams,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, EntityType, NumberType } from '../core/model';
import type { ServerContext } from './context';
import { definitionMention, isPronoun } from './entityLookup';
import { runSafe } from './runner';
import { partitionPoint } from '../core/search';

/**
 * Semantic tokens: entity mentions coloured by type, numbers by kind, on top of the TextMate
 * grammar. The token types are contributed in package.json (`semanticTokenTypes`, with a
 * TextMate scope fallback and default colours), so they must stay in step with this legend.
 */
export const ENTITY_TOKEN: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  group: 'group',
  other: 'otherName',
};

export const NUMBER_TOKEN: Record<NumberType, string> = {
  cardinal: 'cardinal',
  money: 'money',
  percent: 'percent',
  quantity: 'quantity',
  date: 'date',
  time: 'time',
  duration: 'duration',
  ordinal: 'ordinal',
  age: 'age',
};

const TOKEN_TYPES = [...new Set([...Object.values(ENTITY_TOKEN), ...Object.values(NUMBER_TOKEN)])];
/** `declaration` marks an entity's defining mention (its first full mention). */
const TOKEN_MODIFIERS = ['declaration'];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

const TYPE_INDEX = new Map(TOKEN_TYPES.map((t, i) => [t, i]));

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** Tokens by analyzed article (one per document version), sorted, non-overlapping. */
const tokenCache = new WeakMap<Article, Token[]>();

/** Entities and numbers as tokens. Where a number and a name overlap the number wins; pronouns are not coloured. */
export function articleTokens(article: Article): Token[] {
  const cached = tokenCache.get(article);
  if (cached) return cached;
  const all: (Token & { rank: number })[] = [];
  for (const n of article.numbers) all.push({ start: n.start, end: n.end, type: TYPE_INDEX.get(NUMBER_TOKEN[n.type]) ?? 0, modifiers: 0, rank: 0 });
  const definitions = new Set(article.entities.map((_, i) => definitionMention(article, i)));
  article.mentions.forEach((m, i) => {
    if (m.entity < 0 || isPronoun(m)) return;
    all.push({ start: m.start, end: m.end, type: TYPE_INDEX.get(ENTITY_TOKEN[m.type]) ?? 0, modifiers: definitions.has(i) ? 1 : 0, rank: 1 });
  });
  all.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end);
  const tokens: Token[] = [];
  for (const t of all) {
    if (t.end <= t.start) continue;
    const prev = tokens[tokens.length - 1];
    // Overlap: the earlier token stays; at the same start the number sorts first and stays.
    if (prev && t.start < prev.end) continue;
    tokens.push({ start: t.start, end: t.end, type: t.type, modifiers: t.modifiers });
  }
  tokenCache.set(article, tokens);
  return tokens;
}

/**
 * LSP encoding: five integers per token (delta line, delta start character, length, type,
 * modifiers), positions in UTF-16 code units. A token that crosses a line break is split per line
 * because clients do not support multi-line tokens. `range` limits the tokens to those that touch it.
 */
export function encodeTokens(document: TextDocument, tokens: Token[], range?: { start: number; end: number }): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const text = document.getText();
  let from = 0;
  if (range) {
    // The first token ending after the range start.
    from = partitionPoint(tokens.length, (i) => tokens[i].end <= range.start);
  }
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (range && t.start >= range.end) break;
    let start = t.start;
    while (start < t.end) {
      const nl = text.indexOf('\n', start);
      const end = nl >= 0 && nl < t.end ? nl : t.end;
      if (end > start) {
        const pos = document.positionAt(start);
        const deltaLine = pos.line - prevLine;
        data.push(deltaLine, deltaLine === 0 ? pos.character - prevChar : pos.character, end - start, t.type, t.modifiers);
        prevLine = pos.line;
        prevChar = pos.character;
      }
      start = end + 1;
      if (end === t.end) break;
    }
  }
  return data;
}

/** Registers the handlers; the returned function asks the client to re-request tokens (after a settings change). */
export function registerSemanticTokens(ctx: ServerContext, capabilities: ClientCapabilities): () => void {
  ctx.connection.languages.semanticTokens.on((params: SemanticTokensParams, token) =>
    runSafe(ctx.connection, 'semanticTokens/full', token, { data: [] } as SemanticTokens, () => {
      const found = ctx.article(params.textDocument.uri);
      return { data: found ? encodeTokens(found.document, articleTokens(found.article)) : [] };
    }),
  );
  ctx.connection.languages.semanticTokens.onRange((params: SemanticTokensRangeParams, token) =>
    runSafe(ctx.connection, 'semanticTokens/range', token, { data: [] } as SemanticTokens, () => {
      const found = ctx.article(params.textDocument.uri);
      if (!found) return { data: [] };
      const d = found.document;
      const range = { start: d.offsetAt(params.range.start), end: d.offsetAt(params.range.end) };
      return { data: encodeTokens(d, articleTokens(found.article), range) };
    }),
  );
  const canRefresh = capabilities.workspace?.semanticTokens?.refreshSupport === true;
  return () => {
    if (canRefresh) ctx.connection.languages.semanticTokens.refresh().catch(() => undefined);
  };
}
