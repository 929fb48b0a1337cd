/**
 * `npm run bench`: speed of the whole analyzer, printed as numbers (not a timed test).
 * - full analysis of the seed article (median of many runs after warm-up)
 * - a ~1 MB article
 * - language server start to first diagnostics over stdio
 * Then runs the per-component benchmarks (`bench:ner`, `bench:numbers`, ...) that exist.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serverEnv } from '../client/src/serverEnv';
import { analyzeArticle } from '../server/src/core/analyze';

const ROOT = join(__dirname, '..');
const seed = readFileSync(join(ROOT, 'seeds', 'seed-article.news'), 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
}

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
 * Milliseconds from spawning `node dist/server.js --stdio` to its first publishDiagnostics for the
 * seed article, as a client sees it (initialize, initialized, didOpen). The session ends with
 * shutdown/exit like an editor's, which is when the server writes its code cache.
 */
async function serverStart(env: NodeJS.ProcessEnv): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const send = (msg: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ms = await new Promise<number>((resolve, reject) => {
    let buf = '';
    let opened = false;
    const timer = setTimeout(() => reject(new Error('no diagnostics within 10 s')), 10000);
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('"textDocument/publishDiagnostics"')) {
        clearTimeout(timer);
        resolve(performance.now() - t0);
        buf = '';
      } else if (!opened && buf.includes('"id":1') && buf.includes('"result"')) {
        opened = true;
        send({ method: 'initialized', params: {} });
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///bench/seed.news', languageId: 'news', version: 1, text: seed } } });
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
  send({ id: 2, method: 'shutdown' });
  send({ method: 'exit' });
  await exited;
  return ms;
}

async function main(): Promise<void> {
  const rows: [string, string][] = [];
  const seedTimes = timeIt(() => analyzeArticle(seed), 300, 50);
  rows.push(['seed article, full analysis (median / p99)', `${median(seedTimes).toFixed(2)} ms / ${pct(seedTimes, 99).toFixed(2)} ms  (target < 5 ms)`]);
  const big = bigArticle(1024 * 1024);
  const bigTimes = timeIt(() => analyzeArticle(big), 3, 1);
  const tokens = analyzeArticle(big).tokens.length;
  rows.push([`1 MB article (${(big.length / 1048576).toFixed(2)} MB, ${tokens} tokens)`, `${median(bigTimes).toFixed(0)} ms  (target < 1000 ms)`]);
  // A fresh code-cache directory: the first start is the one after an install or update.
  const cacheDir = mkdtempSync(join(tmpdir(), 'newsmark-bench-cache-'));
  // The environment the VS Code client gives the server (client/src/serverEnv.ts).
  const clientEnv = serverEnv(process.env, cacheDir);
  const firstStart = await serverStart(clientEnv);
  const starts: number[] = [];
  for (let i = 0; i < 7; i++) starts.push(await serverStart(clientEnv));
  // `node dist/server.js --stdio` from this shell, as another editor starts it: the environment as
  // it is (with NODE_EXTRA_CA_CERTS when set, which Node loads at every start).
  const shellStarts: number[] = [];
  for (let i = 0; i < 5; i++) shellStarts.push(await serverStart({ ...process.env, NEWSMARK_CODE_CACHE_DIR: cacheDir }));
  rmSync(cacheDir, { recursive: true, force: true });
  rows.push(['server start to first diagnostics (VS Code client, median of 7)', `${median(starts).toFixed(0)} ms  (target < 300 ms)`]);
  rows.push(['  first start after install (no code cache yet)', `${firstStart.toFixed(0)} ms`]);
  const ca = process.env.NODE_EXTRA_CA_CERTS ? ', NODE_EXTRA_CA_CERTS set' : '';
  rows.push([`  started from this shell's environment (median of 5${ca})`, `${median(shellStarts).toFixed(0)} ms`]);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log('\nNewsmark benchmark (one process, this machine)\n');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  console.log('');

  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  for (const name of Object.keys(scripts).filter((s) => s.startsWith('bench:'))) {
    console.log(`== npm run ${name}`);
    const r = spawnSync('npm', ['run', '--silent', name], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}

void main();
