import { SymbolKind } from './protocol';
import type { SymbolInformation } from 'vscode-languageserver/node';
import type { EntityType } from '../core/article';
import { searchSymbols } from '../features/workspaceSymbols';
import type { ServerContext } from './context';
import { runSafe } from './runner';

const KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  place: SymbolKind.Namespace,
  group: SymbolKind.EnumMember,
  other: SymbolKind.Key,
};

/** A symbol request waits for the index when at most this many files are queued. */
const WAIT_FOR_PENDING = 50;

/** workspace/symbol: the entities of the indexed articles (features/workspaceSymbols.ts) matching the query. */
export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(async (p, token) => {
    const index = ctx.workspaceIndex;
    if (!index) return [];
    // A few files waiting (a save, a new file): answer once they are in. A long first run: answer with what is indexed so far.
    if (index.pending > 0 && index.pending <= WAIT_FOR_PENDING) await index.whenIdle();
    return runSafe(ctx.connection, 'workspaceSymbol', token, [] as SymbolInformation[], () =>
      searchSymbols(index.allFiles(), p.query).map(
        (s): SymbolInformation => ({ name: s.name, kind: KIND[s.type], location: { uri: s.uri, range: s.range }, containerName: s.containerName }),
      ),
    );
  });
}
