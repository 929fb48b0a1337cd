/**
 * `npm run bench:entities`: speed of the entity features, printed as numbers (not a timed test).
 * - hover and documentSymbol on a ~1 MB article once its analysis is cached: the handlers' pure
 *   functions (p50/p99 over many calls) and the same requests over a real stdio connection
 *   (JSON-RPC and serialization included); target < 2 ms for the handlers.
 * - definition, references and semantic tokens on the same article.
 * - indexing 2,000 generated articles (throughput in files/s and MB/s) in-process, then the
 *   language server indexing the same folder: time to progress end, hover latency on an open
 *   document while it indexes (typing must not wait), and the server's memory after indexing.
 *
 *   npm run bench:entities [-- --files 2000] [--index-only]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { analyzeArticle } from '../server/src/core/analyze';
import type { Article } from '../server/src/core/article';
import { definitionAt } from '../server/src/lsp/definition';
import { articleSymbols } from '../server/src/lsp/documentSymbols';
import { hoverAt } from '../server/src/lsp/hover';
import { referencesAt } from '../server/src/lsp/references';
import { encodeTokens } from '../server/src/lsp/semanticTokens';
import { articleTokens } from '../server/src/features/semanticTokens';
import { DEFAULT_SETTINGS } from '../server/src/features/settings';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';
import { pct } from './stats';
import { residentBytes } from './serverClient';

const ROOT = join(__dirname, '..');
const argFiles = process.argv.indexOf('--files');
const FILES = argFiles > 0 ? Number(process.argv[argFiles + 1]) : 2000;

// ---------------------------------------------------------------- generated articles (invented)

/** A small deterministic PRNG so every run indexes the same articles. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const FIRST = ['Amara', 'Chidi', 'Ingrid', 'Tomasz', 'Leila', 'Mateo', 'Yuki', 'Priya', 'Kwame', 'Sofia', 'Rashid', 'Elena', 'Hamid', 'Nadia', 'Oskar', 'Ines', 'Farid', 'Mei', 'Jonas', 'Carmen', 'Dmitri', 'Aisha', 'Lars', 'Beatriz', 'Tariq', 'Hana', 'Pavel', 'Zanele', 'Rafael', 'Noor'];
const LAST = ['Okafor', 'Eze', 'Lindqvist', 'Nowak', 'Haddad', 'Ferreira', 'Tanaka', 'Raman', 'Mensah', 'Russo', 'Karimi', 'Petrova', 'Saberi', 'Benali', 'Berg', 'Moreau', 'Qureshi', 'Lin', 'Weber', 'Ortega', 'Volkov', 'Bello', 'Dahl', 'Santos', 'Aziz', 'Sato', 'Horak', 'Dlamini', 'Costa', 'Rahman'];
const TITLES = ['Finance Minister', 'Mayor', 'General', 'Senator', 'Governor', 'chief executive', 'union leader', 'Professor'];
const ORGS = ['Northern Rail Company', 'Coastal Water Authority', 'National Statistics Office', 'Harbour Workers Union', 'Central Bank', 'Red Cross', 'World Bank', 'United Nations', 'European Union', 'Riverside Hospital Trust'];
const PLACES = ['Lagos', 'Nairobi', 'Lisbon', 'Gdansk', 'Osaka', 'Valparaiso', 'Tbilisi', 'Accra', 'Hamburg', 'Marseille', 'Chennai', 'Montreal', 'Kenya', 'Portugal', 'Poland', 'Japan', 'Chile', 'Georgia', 'Ghana', 'Germany'];
const TOPICS = ['the new bridge', 'water prices', 'the port strike', 'rail fares', 'the hospital budget', 'flood defences', 'school meals', 'the election'];

function generateArticle(i: number): string {
  const r = rng(i * 7919 + 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const other = `${pick(FIRST)} ${pick(LAST)}`;
  const otherLast = other.split(' ')[1];
  const org = pick(ORGS);
  const place = pick(PLACES);
  const place2 = pick(PLACES);
  const topic = pick(TOPICS);
  const n = 2 + Math.floor(r() * 90);
  const money = (1 + Math.floor(r() * 400)) / 10;
  const pct = 1 + Math.floor(r() * 60);
  const day = pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
  const paras = [
    `${last} pledges action on ${topic} in ${place}`,
    `By Staff Reporter`,
    `${place.toUpperCase()}, ${pick(['March', 'June', 'October'])} ${1 + Math.floor(r() * 27)} - ${pick(TITLES)} ${first} ${last} said on ${day} that ${topic} would cost about $${money} million and affect more than ${n},000 people in ${place}.`,
    `"We have waited ${n} years for this, and we will not wait another ${Math.ceil(n / 10)}," ${last} told reporters outside the offices of the ${org}.`,
    `The ${org} said ${pct}% of households in ${place2} had already been contacted, according to figures published last month.`,
    `${other}, a spokesperson for the ${org}, said the plan had the support of officials in ${place2}. ${otherLast} added that talks would resume next week.`,
    `${last} first raised the issue in ${2000 + Math.floor(r() * 24)}, when ${first} ${last} was a junior official in ${place}. Critics say the cost has risen by ${pct} percent since then.`,
    `Residents interviewed by the paper were divided. "It is about time," said one shopkeeper, who asked not to be named.`,
    `The ${org} will publish a full report within ${2 + Math.floor(r() * 10)} weeks, ${otherLast} said.`,
  ];
  return `${paras.join('\n\n')}\n`;
}

function megabyteArticle(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = generateArticle(100000 + i).split('\n\n').slice(2).join('\n\n');
    parts.push(body);
    size += body.length + 2;
  }
  return `Big article headline for the entity benchmark\n\n${parts.join('\n\n')}`;
}

// ---------------------------------------------------------------- statistics

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const mb = (b: number): string => `${(b / 1048576).toFixed(1)} MB`;

function timeEach(runs: number, fn: (i: number) => void): number[] {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

const rows: [string, string][] = [];
const row = (k: string, v: string): void => {
  rows.push([k, v]);
  console.log(`  ${k.padEnd(58)}  ${v}`);
};

// ---------------------------------------------------------------- 1 MB article, handlers

function cursorOffsets(article: Article, count: number): number[] {
  const r = rng(42);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const kind = r();
    if (kind < 0.5 && article.mentions.length) {
      const m = article.mentions[Math.floor(r() * article.mentions.length)];
      out.push(m.start + Math.floor(r() * (m.end - m.start)));
    } else if (kind < 0.75 && article.numbers.length) {
      const n = article.numbers[Math.floor(r() * article.numbers.length)];
      out.push(n.start);
    } else out.push(Math.floor(r() * article.text.length));
  }
  return out;
}

function handlerBench(): { text: string; offsets: number[] } {
  const text = megabyteArticle(1024 * 1024);
  const t0 = performance.now();
  const article = analyzeArticle(text, { languageId: 'news' });
  const analyzeMs = performance.now() - t0;
  const document = TextDocument.create('file:///bench/big.news', 'news', 1, text);
  row(`1 MB article: analysis (once, then cached)`, `${analyzeMs.toFixed(0)} ms  (${article.mentions.length} mentions, ${article.entities.length} entities, ${article.numbers.length} numbers)`);
  const offsets = cursorOffsets(article, 2000);
  const params = (i: number) => ({ textDocument: { uri: document.uri }, position: document.positionAt(offsets[i % offsets.length]) });
  const hover = timeEach(2000, (i) => hoverAt(document, article, params(i)));
  row('hover handler, 1 MB article (p50 / p99)', `${fmt(pct(hover, 50))} ms / ${fmt(pct(hover, 99))} ms  (target < 2 ms)`);
  const firstSymbols = performance.now();
  articleSymbols(document, article);
  const firstSymbolsMs = performance.now() - firstSymbols;
  const symbols = timeEach(200, () => articleSymbols(document, article));
  row('documentSymbol handler, 1 MB (first / p50 / p99)', `${fmt(firstSymbolsMs)} ms / ${fmt(pct(symbols, 50))} ms / ${fmt(pct(symbols, 99))} ms  (target < 2 ms)`);
  const def = timeEach(2000, (i) => definitionAt(document, article, params(i), false));
  row('definition handler, 1 MB (p50 / p99)', `${fmt(pct(def, 50))} ms / ${fmt(pct(def, 99))} ms`);
  const refs = timeEach(2000, (i) => referencesAt(document, article, { ...params(i), context: { includeDeclaration: true } }));
  row('references handler, 1 MB (p50 / p99)', `${fmt(pct(refs, 50))} ms / ${fmt(pct(refs, 99))} ms`);
  const t1 = performance.now();
  const data = encodeTokens(document, articleTokens(article));
  row('semantic tokens, full, 1 MB (first call)', `${fmt(performance.now() - t1)} ms  (${data.length / 5} tokens)`);
  const lines = text.split('\n').length;
  const ranged = timeEach(500, (i) => {
    const line = (i * 97) % Math.max(1, lines - 60);
    const start = document.offsetAt({ line, character: 0 });
    const end = document.offsetAt({ line: line + 60, character: 0 });
    encodeTokens(document, articleTokens(article), { start, end });
  });
  row('semantic tokens, 60-line range, 1 MB (p50 / p99)', `${fmt(pct(ranged, 50))} ms / ${fmt(pct(ranged, 99))} ms`);
  return { text, offsets };
}

// ---------------------------------------------------------------- over a real connection

interface Server {
  send<R>(type: unknown, params: unknown): Promise<R>;
  notify(type: unknown, params: unknown): void;
  onDiagnostics(uri: string): Promise<void>;
  progressEnd: Promise<number>;
  pid: number;
  kill(): void;
}

async function startServer(folder?: string): Promise<Server> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnosed = new Set<string>();
  const waiting = new Map<string, () => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnosed.add(p.uri);
    waiting.get(p.uri)?.();
  });
  let endProgress: (t: number) => void = () => undefined;
  const progressEnd = new Promise<number>((r) => (endProgress = r));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
    if (p.value.kind === 'end') endProgress(performance.now());
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folder ? pathToFileURL(folder).toString() : null,
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
    workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: 'bench' }] : null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    // The protocol types are looked up by method; `unknown` keeps this helper small.
    send: (type, params) => connection.sendRequest(type as string, params),
    notify: (type, params) => void connection.sendNotification(type as string, params),
    onDiagnostics: (uri) => (diagnosed.has(uri) ? Promise.resolve() : new Promise((r) => waiting.set(uri, r))),
    progressEnd,
    pid: child.pid ?? 0,
    kill: () => {
      connection.dispose();
      child.kill();
    },
  };
}

async function connectionBench(text: string, offsets: number[]): Promise<void> {
  const server = await startServer();
  const uri = 'file:///bench/big.news';
  const document = TextDocument.create(uri, 'news', 1, text);
  server.notify(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId: 'news', version: 1, text } });
  await server.onDiagnostics(uri);
  const hovers: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    await server.send(HoverRequest.method, { textDocument: { uri }, position: document.positionAt(offsets[i]) });
    if (i >= 20) hovers.push(performance.now() - t);
  }
  row('hover over stdio, 1 MB (p50 / p99, round trip)', `${fmt(pct(hovers, 50))} ms / ${fmt(pct(hovers, 99))} ms`);
  const symbols: number[] = [];
  let count = 0;
  for (let i = 0; i < 12; i++) {
    const t = performance.now();
    const result = await server.send<unknown[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
    count = JSON.stringify(result).length;
    if (i >= 2) symbols.push(performance.now() - t);
  }
  row('documentSymbol over stdio, 1 MB (p50 / p99, round trip)', `${fmt(pct(symbols, 50))} ms / ${fmt(pct(symbols, 99))} ms  (${mb(count)} of JSON)`);
  server.kill();
}

// ---------------------------------------------------------------- workspace index

async function indexBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
  try {
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const sub = join(dir, `desk-${i % 20}`);
      if (i < 20) mkdirSync(sub);
      const text = generateArticle(i);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(sub, `article-${i}.${i % 5 === 0 ? 'md' : 'news'}`), text);
    }
    // In-process: the index the server uses, alone (the tagger's model loaded first, so it is not counted).
    analyzeArticle(generateArticle(0));
    global.gc?.();
    const before = process.memoryUsage();
    const index = new WorkspaceIndex({ settingsFor: async () => DEFAULT_SETTINGS, openArticle: () => 'not-open' });
    const t0 = performance.now();
    await index.setFolders([pathToFileURL(dir).toString()]);
    const secs = (performance.now() - t0) / 1000;
    const entities = index.allFiles().reduce((n, f) => n + f.entities.length, 0);
    row(`index ${FILES} generated articles (${mb(bytes)}), in-process`, `${secs.toFixed(1)} s: ${(FILES / secs).toFixed(0)} files/s, ${(bytes / 1048576 / secs).toFixed(2)} MB/s  (${entities} entity entries)`);
    const t1 = performance.now();
    const groups = index.spellingCounts().size;
    row('spellingCounts() over the index (first call)', `${fmt(performance.now() - t1)} ms  (${groups} spelling groups)`);
    const changed = join(dir, 'desk-0', 'article-0.md');
    writeFileSync(changed, generateArticle(123456));
    index.fileChanged(pathToFileURL(changed).toString());
    await index.whenIdle();
    const t3 = performance.now();
    index.spellingCounts();
    row('spellingCounts() after one file changed', `${fmt(performance.now() - t3)} ms`);
    global.gc?.();
    const after = process.memoryUsage();
    row('index memory (heap growth after indexing, in-process)', `${mb(after.heapUsed - before.heapUsed)} heap${global.gc ? '' : ' (run node with --expose-gc for exact numbers)'}`);

    // The language server indexing the same folder, with an article open that it keeps answering hovers on.
    const server = await startServer(dir);
    const t2 = performance.now();
    const uri = 'file:///bench/open.news';
    const open = generateArticle(999999);
    server.notify(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId: 'news', version: 1, text: open } });
    const doc = TextDocument.create(uri, 'news', 1, open);
    const position = doc.positionAt(open.indexOf(' said') - 3);
    let done = false;
    const endAt = server.progressEnd.then((t) => ((done = true), t));
    const latencies: number[] = [];
    // The first hover waits for the open article's first analysis (and the model load): not counted.
    const tFirst = performance.now();
    await server.send(HoverRequest.method, { textDocument: { uri }, position });
    const firstHover = performance.now() - tFirst;
    while (!done) {
      const t = performance.now();
      await server.send(HoverRequest.method, { textDocument: { uri }, position });
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const serverSecs = ((await endAt) - t2) / 1000;
    row(`server: index ${FILES} articles to progress end (worker thread)`, `${serverSecs.toFixed(1)} s: ${(FILES / serverSecs).toFixed(0)} files/s, ${(bytes / 1048576 / serverSecs).toFixed(2)} MB/s`);
    row('server: hover while indexing (p50 / p99 / max)', `${fmt(pct(latencies, 50))} ms / ${fmt(pct(latencies, 99))} ms / ${fmt(Math.max(...latencies))} ms  (${latencies.length} requests; first hover, with the article's first analysis: ${fmt(firstHover)} ms)`);
    row('server: memory after indexing (RSS)', mb(residentBytes(server.pid)));
    server.kill();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`\nNewsmark entity features benchmark (this machine; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; timings swing on a shared CPU)\n`);
  if (!process.argv.includes('--index-only')) {
    const { text, offsets } = handlerBench();
    await connectionBench(text, offsets);
  }
  await indexBench();
  console.log('');
}

void main();
