import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { REPORT_SCHEME, ReportProvider, showArticleReport } from './reportView';
import { serverEnv, serverExecArgv } from './serverEnv';
import { ArticleStatus } from './statusBar';

/**
 * The thin client: starts the Newsmark language server over IPC, forwards the `newsmark.*`
 * settings, offers two commands, shows the article report read-only and a status-bar item.
 * All analysis happens in the server.
 */
let client: LanguageClient | undefined;

function languages(): string[] {
  return vscode.workspace.getConfiguration('newsmark').get<string[]>('languages', ['news', 'plaintext', 'markdown']);
}

/** Files and unsaved documents only: never the report (`newsmark-report:`) or other virtual documents. */
function documentSelector(): { scheme: string; language: string }[] {
  return languages().flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const env = serverEnv(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env, execArgv: serverExecArgv() } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: [...serverExecArgv(), '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'newsmark' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('newsmark') },
  };
  return new LanguageClient('newsmark', 'Newsmark', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const status = new ArticleStatus(
    () => client,
    (doc) => (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && languages().includes(doc.languageId),
  );
  context.subscriptions.push(
    vscode.commands.registerCommand('newsmark.restartServer', async () => {
      if (client) await client.stop();
      client = createClient(context);
      await client.start();
      status.schedule(0);
    }),
    vscode.commands.registerCommand('newsmark.showArticleReport', () => showArticleReport(client)),
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, new ReportProvider(() => client)),
    status,
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed at start; a change of languages needs a restart.
      if (e.affectsConfiguration('newsmark.languages')) await vscode.commands.executeCommand('newsmark.restartServer');
    }),
  );
  await client.start();
  status.schedule(0);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
