import type {
  ClientCapabilities,
  SemanticTokens,
  SemanticTokensLegend,
  SemanticTokensParams,
  SemanticTokensRangeParams,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { articleTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticToken } from '../features/semanticTokens';
import { runSafe } from './runner';
import { partitionPoint } from '../core/search';

/** The legend announced in `initialize`: token types and modifiers of features/semanticTokens.ts. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

/**
 * LSP encoding: five integers per token (delta line, delta start character, length, type,
 * modifiers), positions in UTF-16 code units. A token that crosses a line break is split per line
 * because clients do not support multi-line tokens. `range` limits the tokens to those that touch it.
 */
export function encodeTokens(document: TextDocument, tokens: SemanticToken[], range?: { start: number; end: number }): number[] {
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
