import { DidChangeWatchedFilesNotification, FileChangeType, SymbolKind } from './protocol';
import type { InitializeParams, SymbolInformation } from 'vscode-languageserver/node';
import { createProgress, registerCapability, type ProgressReporter } from './clientRequests';
import type { EntityType } from '../core/model';
import type { ServerContext } from './context';
import { workerSummarizer } from './indexWorker';
import { runSafe } from './runner';
import { normalizeUri, WorkspaceIndex, type IndexedFile, type IndexProgress } from './workspaceIndex';

/**
 * Workspace symbols: the entities of every article under the workspace folders, from the
 * background index (workspaceIndex.ts). One symbol per entity per article, at its first full
 * mention, with the article's headline as container.
 */

const KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  place: SymbolKind.Namespace,
  group: SymbolKind.EnumMember,
  other: SymbolKind.Key,
};

/** At most this many symbols per answer; the client filters further as the user types. */
export const MAX_SYMBOLS = 1000;

/** A symbol request waits for the index when at most this many files are queued. */
const WAIT_FOR_PENDING = 50;

const indexes = new WeakMap<ServerContext, WorkspaceIndex>();

/** The server's workspace index (for the workspace spelling-consistency check), once registered. */
export function workspaceIndexOf(ctx: ServerContext): WorkspaceIndex | undefined {
  return indexes.get(ctx);
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function isUnder(uri: string, folder: string): boolean {
  const u = normalizeUri(uri);
  const f = normalizeUri(folder);
  return u === f || u.startsWith(f.endsWith('/') ? f : `${f}/`);
}

/** 3: a word starts with the query; 2: contains it; 1: has its letters in order; 0: no match. */
export function matchScore(query: string, candidate: string): number {
  if (query === '') return 1;
  const c = fold(candidate);
  const at = c.indexOf(query);
  if (at === 0 || (at > 0 && /[\s\-'’.]/.test(c[at - 1]))) return 3;
  if (at > 0) return 2;
  let k = 0;
  for (let i = 0; i < c.length && k < query.length; i++) if (c[i] === query[k]) k++;
  return k === query.length ? 1 : 0;
}

export function searchSymbols(files: IndexedFile[], rawQuery: string, limit = MAX_SYMBOLS): SymbolInformation[] {
  const query = fold(rawQuery.replace(/\s+/g, ' ').trim());
  const hits: { score: number; symbol: SymbolInformation }[] = [];
  for (const file of files) {
    for (const e of file.entities) {
      let score = matchScore(query, e.name);
      for (const s of e.spellings) if (score < 3) score = Math.max(score, matchScore(query, s));
      if (score === 0) continue;
      hits.push({
        score,
        symbol: { name: e.name, kind: KIND[e.type], location: { uri: file.uri, range: e.range }, containerName: file.title },
      });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.symbol.name.localeCompare(b.symbol.name) || (a.symbol.location.uri < b.symbol.location.uri ? -1 : 1));
  return hits.slice(0, limit).map((h) => h.symbol);
}

/**
 * Registers workspace symbols and the background index. Call `initialized()` from the
 * server's `onInitialized` (file watcher registration and the first indexing run), and
 * `configurationChanged()` when settings change (languages and size limit decide what is indexed).
 */
export function registerWorkspaceSymbols(
  ctx: ServerContext,
  params: InitializeParams,
  /** The server bundle, to start the index's worker thread from; without it files are analyzed in the server's thread. */
  workerScript?: string,
): { index: WorkspaceIndex; initialized(): void; configurationChanged(): void } {
  const caps = params.capabilities;
  const openUris = new Map<string, string>();
  // Workspace folders: `null` means none are open; `undefined` means an old client that only knows rootUri.
  const folders =
    params.workspaceFolders === undefined ? (params.rootUri ? [params.rootUri] : []) : (params.workspaceFolders ?? []).map((f) => f.uri);
  let currentFolders = folders;
  const index = new WorkspaceIndex({
    // One configuration request per workspace folder, not per file: settings are per folder at the finest.
    settingsFor: (uri) => ctx.loadSettings(currentFolders.find((f) => isUnder(uri, f)) ?? uri),
    openArticle: (uri) => {
      const original = openUris.get(uri);
      if (original === undefined) return 'not-open';
      return ctx.article(original)?.article;
    },
    log: (m) => ctx.connection.console.log(m),
    summarizeFile: workerScript ? workerSummarizer(workerScript, (m) => ctx.connection.console.log(m)) : undefined,
  });
  indexes.set(ctx, index);

  ctx.documents.onDidOpen((e) => {
    const u = normalizeUri(e.document.uri);
    openUris.set(u, e.document.uri);
    index.documentChanged(u);
  });
  ctx.documents.onDidChangeContent((e) => index.documentChanged(normalizeUri(e.document.uri)));
  ctx.documents.onDidClose((e) => {
    const u = normalizeUri(e.document.uri);
    openUris.delete(u);
    index.documentClosed(u);
  });

  ctx.connection.onWorkspaceSymbol(async (p, token) => {
    // A few files waiting (a save, a new file): answer once they are in. A long first run: answer with what is indexed so far.
    if (index.pending > 0 && index.pending <= WAIT_FOR_PENDING) await index.whenIdle();
    return runSafe(ctx.connection, 'workspaceSymbol', token, [] as SymbolInformation[], () => searchSymbols(index.allFiles(), p.query));
  });

  ctx.connection.onDidChangeWatchedFiles((p) => {
    for (const change of p.changes) {
      if (!index.inFolders(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) index.fileDeleted(change.uri);
      else index.fileChanged(change.uri);
    }
  });

  const progress = async (title: string): Promise<IndexProgress> => {
    let reporter: ProgressReporter | undefined;
    if (caps.window?.workDoneProgress === true) {
      try {
        reporter = await createProgress(ctx.connection);
      } catch {
        reporter = undefined;
      }
    }
    return {
      begin: () => reporter?.begin(title, 0, 'looking for articles'),
      report: (done, total) => reporter?.report(Math.floor((100 * done) / Math.max(1, total)), `${done}/${total} articles`),
      end: () => reporter?.done(),
    };
  };

  const run = (work: (p: IndexProgress) => Promise<void>): void => {
    void progress('Newsmark: indexing articles')
      .then(work)
      .catch((err: unknown) => ctx.connection.console.error(`workspace index failed: ${err instanceof Error ? err.message : String(err)}`));
  };

  return {
    index,
    initialized() {
      if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true) {
        void registerCapability(ctx.connection, DidChangeWatchedFilesNotification.method, {
          watchers: [{ globPattern: '**/*.{news,article,txt,md}' }],
        });
      }
      if (caps.workspace?.workspaceFolders === true) {
        ctx.connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => f.uri));
          currentFolders = currentFolders.filter((f) => !removed.has(f)).concat(e.added.map((f) => f.uri));
          run((p) => index.setFolders(currentFolders, p));
        });
      }
      run((p) => index.setFolders(currentFolders, p));
    },
    configurationChanged() {
      run((p) => index.refresh(p));
    },
  };
}
