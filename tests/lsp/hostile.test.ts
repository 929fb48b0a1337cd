import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT } from './harness';

// Hostile JSON-RPC (issue 17): bad frames, unknown methods, unopened documents, out-of-range
// positions and edits, versions going backwards, and a long run of random edits whose final
// answers must equal a fresh server's on the same text. The edit sequence comes from a seeded
// generator: NEWSMARK_FUZZ_SEED picks another sequence, NEWSMARK_FUZZ_EDITS makes it longer.

const SEED = Number(process.env.NEWSMARK_FUZZ_SEED ?? 17);
const EDITS = Number(process.env.NEWSMARK_FUZZ_EDITS ?? 1000);
const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } } };

const clients: LspClient[] = [];
afterEach(() => {
  while (clients.length) clients.pop()?.kill();
});
async function start(): Promise<LspClient> {
  const c = new LspClient();
  clients.push(c);
  await c.initialize(PULL);
  return c;
}

function rng(seed: number): (k: number) => number {
  let s = seed >>> 0;
  return (k) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % k) >>> 0;
  };
}

/** LSP position of a string offset (UTF-16, lines split at \r\n, \n and \r as the LSP says). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 || ch === 10) {
      if (ch === 13 && text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= offset) break;
        i++;
      }
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

const PIECES = ['"', '\u201c', '\u201d', ' said', ' 40%', ' $3m', '\n\n', '\r\n', 'Ana Ramos', ' officials said', '. ', '🎉', 'é', '[^1]', '<!-- x -->', 'HE, ', ' 1,200 jobs'];

describe('hostile JSON-RPC', () => {
  it('keeps answering after bad frames and unknown methods, and answers unopened documents empty', async () => {
    const c = await start();
    // Well framed, bad inside: JSON cut short, an empty object, a method that is not a string.
    for (const body of ['{"jsonrpc"', '{}', '{"jsonrpc":"2.0","id":99,"method":42,"x":1}', '[1,2', '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}']) {
      c.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await expect(c.connection.sendRequest('newsmark/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    const uri = 'untitled:never-opened.news';
    expect(await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
    expect(await c.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 3, character: 2 }, context: { includeDeclaration: true } })).toEqual([]);
    expect(await c.pull(uri)).toEqual([]);
    // Still alive and answering a real document.
    const real = 'untitled:real.news';
    await c.open(real, 'Harbour plan agreed\n\nThe harbour handled 40,000 containers last year.\n');
    expect((await c.pull(real)).map((d) => d.code)).toContain('unsourced-statistic');
  });

  it('answers out-of-range positions and survives out-of-range edits and versions going backwards', async () => {
    const c = await start();
    const uri = 'untitled:ranges.news';
    const text = 'Harbour plan agreed\n\nAna Ramos said the harbour handled 40,000 containers.\n';
    await c.open(uri, text, 'news', 5);
    for (const position of [{ line: 999, character: 0 }, { line: 2, character: 9999 }, { line: -1, character: -5 }]) {
      await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      // No name there: an error answer (the editor shows its message), never a dead server.
      await c.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'Ana Lopes' }).catch((e: { code?: number }) => expect(typeof e.code).toBe('number'));
    }
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 6 },
      contentChanges: [{ range: { start: { line: 40, character: 3 }, end: { line: 90, character: 0 } }, text: ' Extra.' }],
    });
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 80 }, end: { line: 0, character: 0 } }, text: 'X' }],
    });
    const d = await c.pull(uri);
    expect(Array.isArray(d)).toBe(true);
    const tokens = await c.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    expect(Array.isArray(tokens?.data)).toBe(true);
  });

  it(`after ${EDITS} rapid random edits, answers exactly as a fresh server does on the final text`, async () => {
    const rnd = rng(SEED);
    const seed = readFileSync(join(ROOT, 'seeds', 'seed-article.news'), 'utf8');
    const c = await start();
    const uri = 'untitled:typing.news';
    let text = seed;
    let version = 1;
    await c.open(uri, text, 'news', version);
    for (let i = 0; i < EDITS; i++) {
      const from = rnd(text.length + 1);
      const to = Math.min(text.length, from + (rnd(4) === 0 ? rnd(40) : 0));
      // Never split a surrogate pair or a CRLF: the client's document would not either.
      const safe = (o: number) => (o > 0 && o < text.length && ((text.charCodeAt(o) & 0xfc00) === 0xdc00 || (text[o - 1] === '\r' && text[o] === '\n')) ? o - 1 : o);
      const a = safe(from);
      const b = Math.max(a, safe(to));
      const insert = rnd(3) === 0 ? '' : PIECES[rnd(PIECES.length)];
      const change: TextDocumentContentChangeEvent = { range: { start: positionAt(text, a), end: positionAt(text, b) }, text: insert };
      text = text.slice(0, a) + insert + text.slice(b);
      version++;
      void c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      if (i % 97 === 0) void c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionAt(text, rnd(text.length)) });
    }
    const typed = await c.pull(uri);
    const typedSymbols = await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    const typedTokens = await c.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });

    const fresh = await start();
    await fresh.open(uri, text, 'news', 1);
    expect(typed).toEqual(await fresh.pull(uri));
    expect(typedSymbols).toEqual(await fresh.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
    expect(typedTokens).toEqual(await fresh.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
  });
});
