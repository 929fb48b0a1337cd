import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from './protocol';
import type { Connection, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerCapability } from './clientRequests';
import { ServerContext } from './context';
import { registerDiagnostics } from './diagnosticDelivery';
import { registerHover } from './hover';
import { registerDocumentSymbols } from './documentSymbols';
import { registerCommands } from './commands';
import { CODE_ACTION_OPTIONS, registerCodeActions } from './codeActions';
import { registerDefinition } from './definition';
import { registerReferences } from './references';
import { registerDocumentHighlights } from './documentHighlights';
import { registerRename } from './rename';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './semanticTokens';
import { refreshOnIndexChange, registerWorkspaceIndex } from './workspaceIndexing';
import { registerWorkspaceSymbols } from './workspaceSymbols';
import { normalizeSettings } from '../features/settings';
import { compacting, FOLLOW_UP_MS, fullCollection, HUGE_TEXT, IdleMemory, LARGE_TEXT, SETTLE_MS } from './idleMemory';
import { clearSharedCaches, clearTaggerCaches } from '../core/sharedCaches';
import { JitWarmUp } from './jitWarmUp';

/**
 * The Newsmark language server. Transport is chosen from the command line
 * (`--stdio`, `--node-ipc`, `--socket=N`), so any LSP client can start it.
 */
export function startServer(options: { indexWorkerScript?: string } = {}): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const ctx = new ServerContext(connection, documents, idleMemory(connection), jitWarmUp(connection));
  let diagnostics: ReturnType<typeof registerDiagnostics> | undefined;
  let workspace: ReturnType<typeof registerWorkspaceIndex> | undefined;
  let refreshSemanticTokens: (() => void) | undefined;

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    ctx.hasConfigurationCapability = caps.workspace?.configuration === true;
    const pull = caps.textDocument?.diagnostic !== undefined;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings !== undefined) ctx.globalSettings = normalizeSettings(init.settings);
    diagnostics = registerDiagnostics(ctx, pull);
    registerHover(ctx);
    registerDocumentSymbols(ctx);
    registerCommands(ctx);
    registerCodeActions(ctx, {
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      snippets: caps.workspace?.workspaceEdit?.snippetEditSupport === true,
    });
    registerDefinition(ctx, caps);
    registerReferences(ctx);
    registerDocumentHighlights(ctx);
    registerRename(ctx, caps);
    refreshSemanticTokens = registerSemanticTokens(ctx, caps);
    workspace = registerWorkspaceIndex(ctx, params, options.indexWorkerScript);
    registerWorkspaceSymbols(ctx);
    refreshOnIndexChange(ctx, () => diagnostics?.refresh());
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: { label: 'Newsmark' },
        codeActionProvider: CODE_ACTION_OPTIONS,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: caps.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        workspaceSymbolProvider: true,
        ...(caps.workspace?.workspaceFolders === true ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
        ...(pull ? { diagnosticProvider: { identifier: 'newsmark', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'newsmark', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // process.uptime(), not performance.now(): the `performance` global loads perf_hooks on first
    // use (~10 ms).
    const ms = Math.round(process.uptime() * 1000);
    connection.console.info(`Newsmark server ready ${ms} ms after start`);
    workspace?.initialized();
    if (ctx.hasConfigurationCapability) {
      void registerCapability(connection, DidChangeConfigurationNotification.method, { section: 'newsmark' });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { newsmark?: unknown } | null)?.newsmark;
    if (settings !== undefined) ctx.globalSettings = normalizeSettings(settings);
    ctx.clearSettings();
    diagnostics?.refresh();
    workspace?.configurationChanged();
    refreshSemanticTokens?.();
  });

  // A just-opened document is analyzed at once; edits wait for the typing delay. TextDocuments
  // fires onDidChangeContent right after onDidOpen for the same version: that one must not push
  // the first diagnostics back by the delay.
  const openedVersion = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedVersion.set(e.document.uri, e.document.version);
    ctx.prepare(e.document.uri);
    diagnostics?.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    const opened = openedVersion.get(e.document.uri);
    openedVersion.delete(e.document.uri);
    if (opened !== e.document.version) diagnostics?.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    openedVersion.delete(e.document.uri);
    ctx.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * The server's IdleMemory, reporting to the log. NEWSMARK_TEST_IDLE_MEMORY ("chars,ms" or
 * "chars,ms,hugeChars") lowers its thresholds for tests/lsp/robustness.test.ts, which cannot wait
 * on a megabyte's analysis (the follow-up collection then comes 3 x ms after a release).
 */
function idleMemory(connection: Connection): IdleMemory {
  const [chars, ms, huge] = (process.env.NEWSMARK_TEST_IDLE_MEMORY ?? '').split(',').map(Number);
  // Found at the first release, not at start-up (setting the flag and a new context: about 3 ms).
  let gc: (() => void) | undefined | null = null;
  return new IdleMemory({
    collect: () => {
      if (gc === null) gc = fullCollection();
      gc?.();
      return gc !== undefined;
    },
    compact: compacting,
    trim: clearSharedCaches,
    trimTaggers: clearTaggerCaches,
    report: (message) => connection.console.log(message),
    largeText: chars || LARGE_TEXT,
    hugeText: huge || HUGE_TEXT,
    settleMs: ms || SETTLE_MS,
    followUpMs: ms ? 3 * ms : FOLLOW_UP_MS,
  });
}

/**
 * The server's JitWarmUp, reporting to the log. NEWSMARK_TEST_WARM_UP ("runs" or "runs,idleMs")
 * sets how many analyses it may run, 0 for none, for the tests (tests/lsp/warmUp.test.ts).
 */
function jitWarmUp(connection: Connection): JitWarmUp {
  const [runs, idleMs] = (process.env.NEWSMARK_TEST_WARM_UP ?? '').split(',').map((x) => (x === '' ? undefined : Number(x)));
  return new JitWarmUp({ maxRuns: runs, idleMs, report: (message) => connection.console.log(message) });
}
