/**
 * `npm run bench`: speed of the whole analyzer, printed as numbers (not a timed test).
 * - full analysis of the seed article (median of many runs after warm-up)
 * - a ~1 MB article
 * - language server start to first diagnostics over stdio, as VS Code's client starts it (and as
 *   a minimal client does)
 * - a machine reference (scripts/machineSpeed.ts): the same fixed workload every time, to compare
 *   the numbers of different days on this machine kind
 * Then runs the per-component benchmarks (`bench:ner`, `bench:numbers`, ...) that exist.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serverEnv, serverExecArgv } from '../client/src/serverEnv';
import { analyzeArticle } from '../server/src/core/analyze';
import { getSyntaxTagger } from '../server/src/core/syntax/shippedTagger';
import { benchBatch } from './bench-batch';
import { keystrokeBench } from './bench-keystroke';
import { machineReference } from './machineSpeed';
import { median, pct } from './stats';

const ROOT = join(__dirname, '..');
const seed = readFileSync(join(ROOT, 'seeds', 'seed-article.news'), 'utf8');

function timeIt(fn: () => void, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

function bigArticle(bytes: number): string {
  const bodies = readFileSync(join(ROOT, 'seeds', 'seed-article.news'), 'utf8').split('\n').filter((l) => l.length > 60);
  const parts = ['Big article headline for the benchmark', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = bodies[i % bodies.length];
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

/**
 * How a client starts the server. `vscode` is what vscode-languageclient does: it declares
 * workspace/configuration and pulled diagnostics, passes the settings as initializationOptions,
 * answers the server's requests (configuration, capability registration), and after
 * initialize sends initialized, didOpen and a textDocument/diagnostic request. `push` is a
 * minimal client (no capabilities) that waits for publishDiagnostics, as simple editors do.
 */
type ClientKind = 'vscode' | 'push';

const VSCODE_CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { diagnostic: { dynamicRegistration: false } },
};

/**
 * Milliseconds from spawning `node dist/server.js --stdio` to the first diagnostics of the seed
 * article, as the client sees them. The session ends with shutdown/exit like an editor's.
 * `nodeArgs`: node's options before the script (the VS Code client's: serverExecArgv()).
 */
async function serverStart(env: NodeJS.ProcessEnv, kind: ClientKind, nodeArgs: string[] = []): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const send = (msg: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const uri = 'file:///bench/seed.news';
  const ms = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics within 10 s')), 10000);
    const done = (): void => {
      clearTimeout(timer);
      resolve(performance.now() - t0);
    };
    const onMessage = (m: { id?: number; method?: string; params?: { items?: unknown[] }; result?: unknown }): void => {
      if (m.method === undefined && m.id === 1) {
        send({ method: 'initialized', params: {} });
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'news', version: 1, text: seed } } });
        if (kind === 'vscode') send({ id: 2, method: 'textDocument/diagnostic', params: { textDocument: { uri } } });
      } else if (m.method === undefined && m.id === 2) done();
      else if (m.method === 'textDocument/publishDiagnostics' && kind === 'push') done();
      else if (m.method !== undefined && m.id !== undefined) {
        // A request from the server: settings (the defaults) or a registration.
        send({ id: m.id, result: m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => ({})) : null });
      }
    };
    let buf = Buffer.alloc(0);
    child.stdout.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const head = buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
        if (buf.length < head + 4 + len) return;
        onMessage(JSON.parse(buf.subarray(head + 4, head + 4 + len).toString()) as Parameters<typeof onMessage>[0]);
        buf = buf.subarray(head + 4 + len);
      }
    });
    const capabilities = kind === 'vscode' ? VSCODE_CAPABILITIES : {};
    const initializationOptions = kind === 'vscode' ? { settings: {} } : undefined;
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities, initializationOptions } });
  });
  send({ id: 3, method: 'shutdown' });
  send({ method: 'exit' });
  await exited;
  return ms;
}

async function main(): Promise<void> {
  const rows: [string, string][] = [];
  // Server starts first, while this process is small: after the 1 MB analyses below, its heap is
  // large, and its collector threads take the second core from the server that is starting.
  // The environment and node options the VS Code client gives the server (client/src/serverEnv.ts).
  const clientEnv = serverEnv(process.env);
  const clientArgs = serverExecArgv();
  const starts: number[] = [];
  for (let i = 0; i < 7; i++) starts.push(await serverStart(clientEnv, 'vscode', clientArgs));
  const pushStarts: number[] = [];
  for (let i = 0; i < 5; i++) pushStarts.push(await serverStart(clientEnv, 'push', clientArgs));
  // `node dist/server.js --stdio` from this shell, as another editor starts it: the environment as
  // it is (with NODE_EXTRA_CA_CERTS when set, which Node loads at every start).
  const shellStarts: number[] = [];
  for (let i = 0; i < 5; i++) shellStarts.push(await serverStart(process.env, 'push'));
  // First, how fast this machine is today: a fixed workload of none of Newsmark's code (scripts/machineSpeed.ts).
  rows.push(['machine reference: a fixed JavaScript workload, not Newsmark (median of 5)', `${machineReference().toFixed(0)} ms  (stop 27, a slow day: 610-685 ms)`]);
  const seedTimes = timeIt(() => analyzeArticle(seed), 300, 50);
  rows.push(['seed article, full analysis (median / p99)', `${median(seedTimes).toFixed(2)} ms / ${pct(seedTimes, 99).toFixed(2)} ms  (target < 5 ms)`]);
  // The syntax passes (core/syntax/) over every sentence of the seed: what they would cost if the
  // claims stage tagged them all (it tags only the sentences its rules ask about).
  const seedArticle = analyzeArticle(seed);
  const seedSentences = seedArticle.sentences.map((x) => seedArticle.tokens.slice(x.tokenStart, x.tokenEnd).map((t) => t.text));
  const syntax = getSyntaxTagger();
  const seedPos = seedSentences.map((w) => syntax.pos(w));
  const posTimes = timeIt(() => seedSentences.forEach((w) => syntax.pos(w)), 300, 50);
  const chunkTimes = timeIt(() => seedSentences.forEach((w, k) => syntax.chunks(w, seedPos[k])), 300, 50);
  rows.push([`  part-of-speech pass, all ${seedSentences.length} sentences (median)`, `${median(posTimes).toFixed(2)} ms`]);
  rows.push(['  chunk pass, all sentences (median)', `${median(chunkTimes).toFixed(2)} ms`]);
  const big = bigArticle(1024 * 1024);
  const bigTimes = timeIt(() => analyzeArticle(big), 3, 1);
  const tokens = analyzeArticle(big).tokens.length;
  rows.push([`1 MB article (${(big.length / 1048576).toFixed(2)} MB, ${tokens} tokens)`, `${median(bigTimes).toFixed(0)} ms  (target < 1000 ms)`]);
  rows.push(['server start to first diagnostics (as VS Code starts it, median of 7)', `${median(starts).toFixed(0)} ms  (target < 400 ms)`]);
  rows.push(['  a minimal client: pushed diagnostics, no configuration (median of 5)', `${median(pushStarts).toFixed(0)} ms`]);
  const ca = process.env.NODE_EXTRA_CA_CERTS ? ', NODE_EXTRA_CA_CERTS set' : '';
  rows.push([`  the same, started from this shell's environment (median of 5${ca})`, `${median(shellStarts).toFixed(0)} ms`]);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log('\nNewsmark benchmark (one process, this machine)\n');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  console.log('');
  await benchBatch();
  await keystrokeBench();

  // Generated shapes doubled to 1 MB, server memory on 5 MB, hover/outline latency (scripts/bench-scaling.ts).
  if (spawnSync(process.execPath, [join(__dirname, 'bench-scaling.js')], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exitCode = 1;

  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  for (const name of Object.keys(scripts).filter((s) => s.startsWith('bench:'))) {
    console.log(`== npm run ${name}`);
    const r = spawnSync('npm', ['run', '--silent', name], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}

void main();
