import { DidChangeWatchedFilesNotification, FileChangeType } from './protocol';
import type { InitializeParams } from 'vscode-languageserver/node';
import { createProgress, registerCapability, type ProgressReporter } from './clientRequests';
import type { ServerContext } from './context';
import { workerSummarizer } from '../workspace/indexWorker';
import { normalizeUri, WorkspaceIndex, type IndexProgress } from '../workspace/workspaceIndex';

/**
 * The server's side of the workspace index (workspace/workspaceIndex.ts): created here and
 * owned by the server context (`ctx.workspaceIndex`), fed with open documents, file events and
 * workspace folder changes, with indexing progress in the client's status bar. Workspace symbols
 * and the workspace spelling-consistency diagnostics read it.
 */

function isUnder(uri: string, folder: string): boolean {
  const u = normalizeUri(uri);
  const f = normalizeUri(folder);
  return u === f || u.startsWith(f.endsWith('/') ? f : `${f}/`);
}

/**
 * Creates the workspace index and registers what keeps it fresh. Call `initialized()` from the
 * server's `onInitialized` (file watcher registration and the first indexing run), and
 * `configurationChanged()` when settings change (languages and size limit decide what is indexed).
 */
export function registerWorkspaceIndex(
  ctx: ServerContext,
  params: InitializeParams,
  /** The server bundle, to start the index's worker threads from; without it files are analyzed in the server's thread. */
  workerScript?: string,
): { initialized(): void; configurationChanged(): void } {
  const caps = params.capabilities;
  const openUris = new Map<string, string>();
  // Workspace folders: `null` means none are open; `undefined` means an old client that only knows rootUri.
  const folders =
    params.workspaceFolders === undefined ? (params.rootUri ? [params.rootUri] : []) : (params.workspaceFolders ?? []).map((f) => f.uri);
  let currentFolders = folders;
  const workers = workerScript ? workerSummarizer(workerScript, (m) => ctx.connection.console.log(m)) : undefined;
  const index = new WorkspaceIndex({
    // One configuration request per workspace folder, not per file: settings are per folder at the finest.
    settingsFor: (uri) => ctx.loadSettings(currentFolders.find((f) => isUnder(uri, f)) ?? uri),
    openArticle: (uri) => {
      const original = openUris.get(uri);
      if (original === undefined) return 'not-open';
      return ctx.article(original)?.article;
    },
    log: (m) => ctx.connection.console.log(m),
    summarizeFile: workers?.summarizeFile,
    concurrency: workers?.concurrency,
  });
  ctx.workspaceIndex = index;

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

/**
 * Republishes diagnostics when the workspace index changes, at most once per `delayMs`, so a
 * background indexing run of thousands of files does not republish after every file.
 */
export function refreshOnIndexChange(ctx: ServerContext, refresh: () => void, delayMs = 1000): void {
  const index = ctx.workspaceIndex;
  if (!index) return;
  let timer: NodeJS.Timeout | undefined;
  index.onDidChange(() => {
    if (timer || ctx.documents.all().length === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, delayMs);
  });
}
