import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LspClient, seedText } from './harness';

// The idle warm-up over real JSON-RPC (lsp/jitWarmUp.ts): once the client has been quiet, the
// server analyses the open document again to warm its code up, and its answers stay the same.

const clients: LspClient[] = [];
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});

const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } } };

async function start(warmUp: string): Promise<LspClient> {
  const c = new LspClient({ env: { ...process.env, NEWSMARK_TEST_WARM_UP: warmUp } });
  clients.push(c);
  await c.initialize(PULL);
  return c;
}

describe('warming the analysis up while idle', () => {
  it('analyses the document again once the client is quiet, says so in the log, and answers as before', async () => {
    const c = await start('5,50');
    const uri = 'untitled:warm.news';
    const text = seedText();
    await c.open(uri, text);
    const before = await c.pull(uri);
    expect(before.length).toBeGreaterThan(0);
    await c.waitForLog(/Warmed the analysis up/);
    expect(c.logMessages.find((m) => /Warmed/.test(m))).toMatch(/^Warmed the analysis up: 5 analyses in \d+ ms while idle$/);
    expect(await c.pull(uri)).toEqual(before);
    // An edit after the warm-up is analysed as a fresh server analyses the edited text.
    const at = text.indexOf('\n\n') + 2;
    const edited = `${text.slice(0, at)}Officials said 4,000 people attended. ${text.slice(at)}`;
    const line = text.slice(0, at).split('\n').length - 1;
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Officials said 4,000 people attended. ' }],
    });
    const after = await c.pull(uri);
    const fresh = await start('0');
    await fresh.open(uri, edited);
    expect(after).toEqual(await fresh.pull(uri));
    expect(fresh.logMessages.some((m) => /Warmed/.test(m))).toBe(false);
  });
});
