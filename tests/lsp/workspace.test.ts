import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  FileChangeType,
  SymbolKind,
  WorkspaceSymbolRequest,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './harness';

/** Invented articles in a temporary workspace folder. */
const PORT = `Okafor warns of longer delays at Harbourside port

LAGOS, March 3 (Newsmark) - Port director Amara Okafor said on Tuesday that container ships were waiting up to 11 days to unload at Harbourside.

Her deputy, Chidi Eze, said the backlog would ease by June.
`;

const COUNCIL = `# Lagos council approves new ferry route

The Lagos State Government approved a ferry route between Ikorodu and Victoria Island on Monday.

Port director Amara Okafor said the route would take pressure off the roads around Harbourside.
`;

const NOTES = `Market traders protest new levy

Trader Tunde Bakare said the levy would cost each stall 5,000 naira a month.
`;

const LATER = `Harbourside adds night shift

Union leader Funmi Adeyemi said workers at Harbourside would start night shifts next week.
`;

let dir: string;
const clients: LspClient[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsmark-ws-'));
  writeFileSync(join(dir, 'port.news'), PORT);
  mkdirSync(join(dir, 'city'));
  writeFileSync(join(dir, 'city', 'council.md'), COUNCIL);
  writeFileSync(join(dir, 'notes.txt'), NOTES);
  // Never indexed: dependencies, hidden folders, other file types, files over the size limit.
  mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'pkg', 'readme.md'), 'Maintainer Ngozi Obi said the release was late.\n');
  mkdirSync(join(dir, '.cache'));
  writeFileSync(join(dir, '.cache', 'old.news'), 'Chairman Kofi Boateng resigned on Friday.\n');
  writeFileSync(join(dir, 'data.json'), '{"name": "Yaw Asante"}\n');
  const big = 'Engineer Kwame Mensah inspected the cranes at the Tema terminal on Friday.\n\n'.repeat(2000);
  writeFileSync(join(dir, 'big.news'), `Big file\n\n${big}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});

async function start(settings: Record<string, unknown>): Promise<LspClient> {
  const c = new LspClient();
  clients.push(c);
  c.settings = settings;
  await c.initialize(
    { window: { workDoneProgress: true }, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    [dir],
  );
  await c.waitForProgressEnd();
  return c;
}

async function symbols(c: LspClient, query: string): Promise<SymbolInformation[]> {
  return ((await c.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []) as SymbolInformation[];
}

const files = (ss: SymbolInformation[]) => [...new Set(ss.map((s) => s.location.uri.slice(fileUri(dir).length + 1)))].sort();

describe('workspace symbols over LSP', () => {
  it('indexes the folder in the background with progress, and finds entities across articles', async () => {
    const c = await start({ maxFileSizeMB: 0.1 });
    // Progress: a token created by the server, then begin ... end on it.
    expect(c.progressTokens).toHaveLength(1);
    const kinds = c.progress.filter((p) => p.token === c.progressTokens[0]).map((p) => p.value.kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds[kinds.length - 1]).toBe('end');
    expect(c.progress[0].value.title).toMatch(/Newsmark/);
    // A file watcher for articles was registered dynamically.
    const watcher = c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    expect(JSON.stringify(watcher?.registerOptions)).toContain('news');

    const okafor = (await symbols(c, 'okafor')).filter((s) => s.name === 'Amara Okafor');
    expect(files(okafor)).toEqual(['city/council.md', 'port.news']);
    for (const s of okafor) expect(s.kind).toBe(SymbolKind.Object);
    const inPort = okafor.find((s) => s.location.uri.endsWith('port.news'));
    // At the first full mention, not the headline surname; the container is the headline.
    expect(inPort?.location.range.start).toEqual({ line: 2, character: PORT.split('\n')[2].indexOf('Amara Okafor') });
    expect(inPort?.containerName).toBe('Okafor warns of longer delays at Harbourside port');

    expect(files(await symbols(c, 'Bakare'))).toEqual(['notes.txt']);
    expect((await symbols(c, 'harbourside')).filter((s) => s.name === 'Harbourside').length).toBe(2);
    // Subsequence match, accents and case folded.
    expect((await symbols(c, 'amrokfr')).some((s) => s.name === 'Amara Okafor')).toBe(true);
    // Not indexed: node_modules, hidden folders, .json, and a file over maxFileSizeMB.
    for (const q of ['Ngozi Obi', 'Boateng', 'Asante', 'Mensah']) expect(await symbols(c, q)).toEqual([]);
    // The files were analyzed in the index's worker thread, not in the server's thread as a fallback.
    expect(c.logMessages.filter((m) => m.includes('worker unavailable'))).toEqual([]);
  });

  it('picks up a file created later, forgets a deleted one, and prefers the open editor text', async () => {
    const c = await start({ maxFileSizeMB: 0.1 });
    expect(await symbols(c, 'Adeyemi')).toEqual([]);
    const later = join(dir, 'later.news');
    writeFileSync(later, LATER);
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(later), type: FileChangeType.Created }] });
    const found = await symbols(c, 'Adeyemi');
    expect(found.map((s) => s.name)).toEqual(['Funmi Adeyemi']);
    expect(files(found)).toEqual(['later.news']);

    // Unsaved edits in an open editor count; closing the editor goes back to the file on disk.
    const uri = fileUri(later);
    await c.open(uri, LATER.replace('Funmi Adeyemi', 'Funmi Adebayo'));
    expect(await symbols(c, 'Adeyemi')).toEqual([]);
    expect((await symbols(c, 'Adebayo')).map((s) => s.name)).toEqual(['Funmi Adebayo']);
    await c.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    expect((await symbols(c, 'Adeyemi')).map((s) => s.name)).toEqual(['Funmi Adeyemi']);

    unlinkSync(later);
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
    expect(await symbols(c, 'Adeyemi')).toEqual([]);
  });

  it('indexes only the languages in newsmark.languages', async () => {
    const c = await start({ languages: ['news'], maxFileSizeMB: 0.1 });
    expect(files(await symbols(c, 'okafor'))).toEqual(['port.news']);
    expect(await symbols(c, 'Bakare')).toEqual([]);
  });

  it('follows workspace folders added after start', async () => {
    const c = new LspClient();
    clients.push(c);
    c.settings = { maxFileSizeMB: 0.1 };
    const init = await c.initialize({ window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } }, [join(dir, 'city')]);
    expect(init.capabilities.workspace?.workspaceFolders?.changeNotifications).toBe(true);
    await c.waitForProgressEnd();
    expect(files(await symbols(c, 'okafor'))).toEqual(['city/council.md']);
    await c.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: fileUri(dir), name: 'all' }], removed: [{ uri: fileUri(join(dir, 'city')), name: 'city' }] },
    });
    await c.waitForProgressEnd(20000, 2);
    expect(files(await symbols(c, 'okafor'))).toEqual(['city/council.md', 'port.news']);
    expect(files(await symbols(c, 'Bakare'))).toEqual(['notes.txt']);
  });
});
