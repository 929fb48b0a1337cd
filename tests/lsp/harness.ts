import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const ROOT = resolve(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
export const SEED = join(ROOT, 'seeds', 'seed-article.news');

export function seedText(): string {
  return readFileSync(SEED, 'utf8');
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

/**
 * A real LSP client for tests: spawns the built server (`node dist/server.js --stdio`) and
 * speaks JSON-RPC to it. Waits on responses and notifications, never on sleeps.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics: PublishDiagnosticsParams[] = [];
  private readonly waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';
  initializeResult: InitializeResult | undefined;

  /** `window/logMessage` texts, in order. */
  readonly logMessages: string[] = [];

  /** `nodeArgs`: node's options before the server script (the VS Code client's: serverExecArgv()). */
  constructor(options: { env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}) {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first`);
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    this.child.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio');
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.push(p);
      for (const w of [...this.waiters]) {
        if (w.match(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    // Answer workspace/configuration with defaults (null = use the server's defaults).
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      this.progressTokens.push(params.token);
      return null;
    });
    this.connection.onNotification('$/progress', (p: { token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number } }) => {
      this.progress.push(p);
      for (const w of [...this.progressWaiters]) {
        if (w.match(p)) {
          this.progressWaiters.splice(this.progressWaiters.indexOf(w), 1);
          w.resolve();
        }
      }
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logMessages.push(p.message);
      for (const w of [...this.logWaiters]) {
        if (w.done()) {
          this.logWaiters.splice(this.logWaiters.indexOf(w), 1);
          w.resolve();
        }
      }
    });
    this.connection.listen();
  }

  settings: unknown = null;
  private readonly logWaiters: { done: () => boolean; resolve: () => void }[] = [];

  /** Resolves when `count` log messages in all (past or future) have matched `pattern`. */
  waitForLog(pattern: RegExp, count = 1, timeoutMs = 10000): Promise<void> {
    const done = (): boolean => this.logMessages.filter((m) => pattern.test(m)).length >= count;
    if (done()) return Promise.resolve();
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ${count} log messages matching ${pattern} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.logWaiters.push({
        done,
        resolve: () => {
          clearTimeout(timer);
          resolvePromise();
        },
      });
    });
  }
  /** Capabilities the server registered dynamically (file watchers, configuration). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** Work-done progress: tokens the server created and the $/progress notifications it sent. */
  readonly progressTokens: (string | number)[] = [];
  readonly progress: { token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number } }[] = [];
  private readonly progressWaiters: { match: (p: { value: { kind: string } }) => boolean; resolve: () => void }[] = [];

  /** `workspaceFolders`: folder paths to open (default none, so the server indexes nothing). */
  async initialize(
    capabilities: ClientCapabilities = {},
    workspaceFolders: string[] | null = null,
    initializationOptions?: unknown,
  ): Promise<InitializeResult> {
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(workspaceFolders?.[0] ?? ROOT),
      capabilities,
      initializationOptions,
      workspaceFolders: workspaceFolders?.map((f) => ({ uri: fileUri(f), name: f.split('/').pop() ?? f })) ?? null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  async open(uri: string, text: string, languageId = 'news', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Resolves when the server has sent `count` work-done progress `end`s in all (past or future). */
  waitForProgressEnd(timeoutMs = 20000, count = 1): Promise<void> {
    const ends = (): number => this.progress.filter((p) => p.value.kind === 'end').length;
    if (ends() >= count) return Promise.resolve();
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no progress end #${count} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.progressWaiters.push({
        match: () => ends() >= count,
        resolve: () => {
          clearTimeout(timer);
          resolvePromise();
        },
      });
    });
  }

  /**
   * Resolves with the latest publishDiagnostics for `uri` when it satisfies `predicate`, else with
   * the next one that does (for republishing after settings or the workspace index change).
   */
  waitForDiagnosticsMatching(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 15000): Promise<PublishDiagnosticsParams> {
    const latest = [...this.diagnostics].reverse().find((p) => p.uri === uri);
    if (latest && predicate(latest)) return Promise.resolve(latest);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        match: (p) => p.uri === uri && predicate(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolvePromise(p);
        },
      });
    });
  }

  /** Resolves with the first publishDiagnostics for `uri` (at `version`, when given), past or future. */
  waitForDiagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams): boolean => p.uri === uri && (version === undefined || p.version === version);
    const seen = this.diagnostics.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolvePromise(p);
        },
      });
    });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((r) => this.child.once('exit', (code) => r(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.child.kill();
  }

  /** Pulled diagnostics of a document (textDocument/diagnostic; the client must announce pull support). */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    return 'items' in report ? report.items : [];
  }

  /** Writes raw bytes to the server's stdin: for malformed frames. */
  writeRaw(data: string): void {
    this.child.stdin?.write(data);
  }
}

/** Position of the n-th occurrence (0-based) of `needle` in `text`, as LSP line/character. */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
