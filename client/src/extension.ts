import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverEnv } from './serverEnv';

/**
 * The thin client: starts the Newsmark language server over IPC, forwards the `newsmark.*`
 * settings, and offers two commands. All analysis happens in the server.
 */
let client: LanguageClient | undefined;

function documentSelector(): { scheme: string; language: string }[] {
  const languages = vscode.workspace.getConfiguration('newsmark').get<string[]>('languages', ['news', 'plaintext', 'markdown']);
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const env = serverEnv(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
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
  context.subscriptions.push(
    vscode.commands.registerCommand('newsmark.restartServer', async () => {
      if (client) await client.stop();
      client = createClient(context);
      await client.start();
    }),
    vscode.commands.registerCommand('newsmark.showArticleReport', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const report = await client.sendRequest<{ markdown: string } | null>('newsmark/articleReport', {
        uri: editor.document.uri.toString(),
      });
      if (!report) {
        void vscode.window.showInformationMessage('Newsmark does not analyze this file (see the newsmark.languages setting).');
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: report.markdown });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed at start; a change of languages needs a restart.
      if (e.affectsConfiguration('newsmark.languages')) await vscode.commands.executeCommand('newsmark.restartServer');
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
