import { afterEach, describe, expect, it } from 'vitest';
import {
  DidChangeTextDocumentNotification,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, positionOf, SEED, seedText } from './harness';
import { serverEnv, serverExecArgv } from '../../client/src/serverEnv';

const clients: LspClient[] = [];
function client(): LspClient {
  const c = new LspClient();
  clients.push(c);
  return c;
}
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});

describe('language server over stdio', () => {
  it('runs as the VS Code client starts it, with its environment and node options, on one background thread or four', async () => {
    for (const cores of [2, 8]) {
      const c = new LspClient({ env: serverEnv(process.env), nodeArgs: serverExecArgv(cores) });
      clients.push(c);
      await c.initialize({});
      const uri = fileUri(SEED);
      await c.open(uri, seedText());
      const first = await c.waitForDiagnostics(uri, 1);
      expect(first.diagnostics.length).toBeGreaterThan(0);
      expect(c.stderr).not.toMatch(/bad option|unknown option/i);
      expect(await c.shutdown()).toBe(0);
    }
  });

  it('announces hover, document symbols and push diagnostics to a client without pull support', async () => {
    const c = client();
    const init = await c.initialize({});
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.documentSymbolProvider).toBeTruthy();
    expect(init.capabilities.diagnosticProvider).toBeUndefined();
    expect(await c.shutdown()).toBe(0);
  });

  it('publishes diagnostics after didOpen and after each didChange, and answers hover and documentSymbol', async () => {
    const c = client();
    await c.initialize({});
    const uri = fileUri(SEED);
    const text = seedText();
    await c.open(uri, text);
    const first = await c.waitForDiagnostics(uri, 1);
    expect(first.diagnostics.every((d) => d.source === 'newsmark')).toBe(true);

    const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'Zelenskiy said', 0, 3) });
    expect(hover).not.toBeNull();
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain('Zelenskiy');
    expect(value).toMatch(/mentions/);

    const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols[0]).toMatchObject({ name: 'Russia deploying more North Korean troops: Zelenskiy', detail: 'Headline' });
    expect(symbols[1]).toMatchObject({ name: 'Staff WritersReuters', detail: 'Byline' });
    expect(symbols.filter((s) => s.detail === 'Paragraph')).toHaveLength(23);
    const entities = symbols.find((s) => s.name === 'Entities');
    expect(entities?.children?.length).toBeGreaterThan(0);

    // An edit that opens a quotation and never closes it: a new diagnostic at version 2.
    const line = positionOf(text, 'Pokrovsk lies at').line;
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '"' }],
    });
    const second = await c.waitForDiagnostics(uri, 2);
    const unbalanced = second.diagnostics.filter((d) => d.code === 'unbalanced-quote');
    expect(unbalanced).toHaveLength(1);
    expect(unbalanced[0].range.start).toEqual({ line, character: 0 });

    // Undo it: version 3 no longer has it.
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }],
    });
    const third = await c.waitForDiagnostics(uri, 3);
    expect(third.diagnostics.filter((d) => d.code === 'unbalanced-quote')).toHaveLength(0);
    expect(await c.shutdown()).toBe(0);
  });

  it('answers the article report request and clears diagnostics when a document closes', async () => {
    const c = client();
    await c.initialize({});
    const uri = fileUri(SEED);
    await c.open(uri, seedText());
    await c.waitForDiagnostics(uri, 1);
    const report = await c.connection.sendRequest<{ markdown: string } | null>('newsmark/articleReport', { uri });
    expect(report?.markdown).toContain('# Newsmark report: seed-article.news');
    expect(report?.markdown).toContain('## Entities');
    expect(await c.connection.sendRequest('newsmark/articleReport', { uri: 'untitled:not-open.news' })).toBeNull();
    const cleared = new Promise<number>((resolve) =>
      c.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
        if (p.uri === uri) resolve(p.diagnostics.length);
      }),
    );
    await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(await cleared).toBe(0);
  });

  it('does not analyze languages outside newsmark.languages', async () => {
    const c = client();
    c.settings = { languages: ['news'] };
    await c.initialize({ workspace: { configuration: true } });
    const uri = 'untitled:notes.md';
    await c.open(uri, '# Notes\n\nAna Ramos said "open.\n', 'markdown');
    const d = await c.waitForDiagnostics(uri, 1);
    expect(d.diagnostics).toEqual([]);
    const symbols = await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    expect(symbols).toEqual([]);
  });

  it('serves pulled diagnostics when the client supports textDocument/diagnostic', async () => {
    const c = client();
    const init = await c.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    expect(init.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    const uri = 'untitled:pulled.news';
    await c.open(uri, 'Headline here\n\nAna Ramos said "we will build it.\n');
    const report = await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    expect(report.kind).toBe('full');
    const items = 'items' in report ? report.items : [];
    expect(items.map((d) => d.code)).toContain('unbalanced-quote');
  });

  it('answers `unchanged` to a client holding the current diagnostics, and the full list when they changed', async () => {
    const c = client();
    await c.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const uri = 'untitled:result-ids.news';
    const text =
      'Harbour plan approved\n\nThe council voted on Tuesday to rebuild the old pier.\n\nAna Ramos said "we will build it.\n\nThe cost of the works rose 40 percent last year.\n';
    await c.open(uri, text);
    const pull = (previousResultId?: string) => c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
    const edit = async (version: number, at: { line: number; character: number }, insert: string): Promise<void> => {
      await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: insert }],
      });
    };
    const first = await pull();
    expect(first.kind).toBe('full');
    const items = 'items' in first ? first.items : [];
    expect(items.map((d) => d.code)).toContain('unbalanced-quote');
    // Below the edits: its place in the text shifts with every one, its line and character do not.
    expect(items.map((d) => d.code)).toContain('unsourced-statistic');
    const id = first.resultId;
    expect(id).toBeTruthy();
    // The same diagnostics: unchanged for a client that holds them, the full list for one that holds none.
    expect(await pull(id)).toEqual({ kind: 'unchanged', resultId: id });
    const again = await pull();
    expect(again).toMatchObject({ kind: 'full', resultId: id });
    // A keystroke on another line moves no diagnostic: still unchanged.
    await edit(2, { line: 2, character: 4 }, 'new ');
    expect(await pull(id)).toEqual({ kind: 'unchanged', resultId: id });
    // A keystroke before the open quotation mark on its line moves its diagnostic: a new full list.
    await edit(3, { line: 4, character: 0 }, 'Ms ');
    const moved = await pull(id);
    expect(moved.kind).toBe('full');
    expect(moved.resultId).not.toBe(id);
    const movedItems = 'items' in moved ? moved.items : [];
    expect(movedItems.find((d) => d.code === 'unbalanced-quote')?.range.start.character).toBe(
      (items.find((d) => d.code === 'unbalanced-quote')?.range.start.character ?? 0) + 3,
    );
    // A stale id gets the full list.
    expect((await pull('no-such-id')).kind).toBe('full');
  });

  it('follows the settings the client answers, when they differ from its initial ones', async () => {
    // The server analyzes a just-opened document with the initial settings while it waits for
    // workspace/configuration; an answer that changes the analysis must win.
    const pulled = async (answer: unknown): Promise<string[]> => {
      const c = client();
      c.settings = answer;
      await c.initialize({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } }, null, {
        settings: {},
      });
      const uri = 'untitled:settings.news';
      await c.open(uri, 'Headline here\n\nThe budget rose 40 percent, officials said.\n\n"We will build it," she said.\n');
      const report = await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      return ('items' in report ? report.items : []).map((d) => String(d.code));
    };
    const same = await pulled({});
    expect(same).toContain('vague-source');
    const changed = await pulled({ severity: { 'vague-source': 'off' } });
    expect(changed).not.toContain('vague-source');
    expect(changed.length).toBe(same.length - same.filter((code) => code === 'vague-source').length);
  });

  it('analyzes again when a setting the analysis depends on changes during the session', async () => {
    const c = client();
    await c.initialize({});
    const uri = 'untitled:changed.news';
    await c.open(uri, 'Headline here\n\nThe budget rose 40 percent, officials said.\n');
    const codes = (p: { diagnostics: { code?: string | number }[] }): string[] => p.diagnostics.map((d) => String(d.code));
    expect(codes(await c.waitForDiagnostics(uri, 1))).toContain('vague-source');
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { newsmark: { severity: { 'vague-source': 'off' } } },
    });
    const after = await c.waitForDiagnosticsMatching(uri, (p) => !codes(p).includes('vague-source'));
    expect(codes(after)).not.toContain('vague-source');
  });

  it('reports ranges in UTF-16 code units (an emoji before the quote)', async () => {
    const c = client();
    await c.initialize({});
    const uri = 'untitled:emoji.news';
    const text = 'Headline\n\n🎉🎉 Fans cheered, "we did it all night.\n';
    await c.open(uri, text);
    const d = await c.waitForDiagnostics(uri, 1);
    const q = d.diagnostics.find((x) => x.code === 'unbalanced-quote');
    // Two emoji are four UTF-16 units; then a space and "Fans cheered, ".
    expect(q?.range.start).toEqual({ line: 2, character: text.split('\n')[2].indexOf('"') });
    expect(text.split('\n')[2].indexOf('"')).toBe(19);
  });

  it('survives bad input: empty, lone surrogates, control characters, and a 20 MB document', async () => {
    const c = client();
    await c.initialize({});
    const cases: [string, string][] = [
      ['untitled:empty.news', ''],
      ['untitled:surrogates.news', 'Head\uD800line\n\nThe \uDC00mayor said "x\uD83D" and \uDFFF left.\n'],
      ['untitled:binary.news', '\u0000\u0001\u0002PNG\u0000\u00ff\u00fe'.repeat(100)],
      ['untitled:huge.news', 'The mayor said the budget was 10,000 dollars. '.repeat(450000)],
    ];
    for (const [uri, text] of cases) await c.open(uri, text);
    for (const [uri] of cases) {
      const d = await c.waitForDiagnostics(uri, 1, 20000);
      expect(Array.isArray(d.diagnostics)).toBe(true);
    }
    const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:surrogates.news' }, position: { line: 2, character: 5 } });
    expect(hover === null || typeof hover === 'object').toBe(true);
    expect(await c.shutdown()).toBe(0);
  });
});
