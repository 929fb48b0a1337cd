/**
 * Batch checking and the workspace index on varied real text (issue 16), printed as numbers:
 * - `node dist/cli.js check DIR`, whole process, in MB/s with `--jobs 1` and with one worker per core
 *   (target: >= 1 MB/s on 2 cores), over the articles of ../shared/data/bbc-unlabeled/
 *   written to a temporary folder (never to the repository);
 * - the language server's memory (RSS) once its workspace index has indexed 2,000 of them.
 *
 * `npm run bench` calls benchBatch(); alone: `node esbuild.mjs --bench && node .bench/bench-batch.js [--index-only]`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { INDEX_IDLE_MS } from '../server/src/workspace/indexWorker';
import { residentBytes } from './serverClient';
import { serverEnv, serverExecArgv } from '../client/src/serverEnv';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc-unlabeled', 'bbc-news-2004-05.txt');
const INDEXED = 2000;

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

/** The corpus's articles (`=== name` lines start each one), each written as `name.news`; returns the files' total size. */
function writeArticles(dir: string, corpus: string, limit = Infinity): { files: number; bytes: number } {
  const parts = corpus.split(/^=== (.+)$/m);
  let files = 0;
  let bytes = 0;
  for (let i = 1; i + 1 < parts.length && files < limit; i += 2) {
    const text = parts[i + 1].trim() + '\n';
    writeFileSync(join(dir, `${parts[i].trim().replace(/[^\w.-]/g, '_')}.news`), text);
    files++;
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/**
 * CPU seconds used by this process's finished children (cutime + cstime of /proc/self/stat,
 * Linux): on a machine shared with other jobs, the CPU a run used says more than its wall time.
 */
function childCpuSecs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** Seconds for `node dist/cli.js check DIR --jobs N`, from spawn to exit, the CPU seconds it used, and its summary line. */
function timeCheck(dir: string, jobs: number): Promise<{ secs: number; cpu?: number; summary: string; code: number | null }> {
  const cpu0 = childCpuSecs();
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', dir, '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const cpu1 = childCpuSecs();
      const cpu = cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0;
      resolve({ secs: (performance.now() - t0) / 1000, cpu, summary: stderr.trim().split('\n').pop() ?? '', code });
    }),
  );
}

/**
 * Starts `node dist/server.js --stdio` on `folder` as the VS Code client starts it (its environment
 * and node options: client/src/serverEnv.ts), waits for its indexing progress to end; returns
 * seconds and RSS then and once the index workers are idle.
 */
async function indexMemory(folder: string): Promise<{ secs: number; rss: number; idleRss: number }> {
  const child = spawn(process.execPath, [...serverExecArgv(), join(ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: serverEnv(process.env),
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let ended: () => void = () => undefined;
  const progressEnd = new Promise<void>((r) => (ended = r));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
    if (p.value.kind === 'end') ended();
  });
  connection.listen();
  const t0 = performance.now();
  const uri = pathToFileURL(folder).toString();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
    workspaceFolders: [{ uri, name: 'bench' }],
  });
  await connection.sendNotification(InitializedNotification.type, {});
  await progressEnd;
  const secs = (performance.now() - t0) / 1000;
  // The collector runs when it likes: a second's wait lets it settle.
  await new Promise((r) => setTimeout(r, 1000));
  const rss = residentBytes(child.pid ?? 0);
  // Then as in an editor left open: the idle index workers have stopped.
  await new Promise((r) => setTimeout(r, INDEX_IDLE_MS + 2000));
  const idleRss = residentBytes(child.pid ?? 0);
  connection.dispose();
  child.kill();
  return { secs, rss, idleRss };
}

export async function benchBatch(): Promise<void> {
  console.log(`\nBatch check and workspace index on varied text (load average ${load()} at the start; 2 cores shared)\n`);
  if (!existsSync(CORPUS)) {
    console.log(`  skipped: ${CORPUS} is absent (the shared data sits beside the repository)\n`);
    return;
  }
  const corpus = readFileSync(CORPUS, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-batch-'));
  const indexDir = mkdtempSync(join(tmpdir(), 'newsmark-bench-index-'));
  try {
    const { files, bytes } = writeArticles(dir, corpus);
    const cores = availableParallelism();
    // `--index-only`: the server's memory alone.
    for (const jobs of process.argv.includes('--index-only') ? [] : [1, cores]) {
      const r = await timeCheck(dir, jobs);
      const ok = r.code === 0 || r.code === 1 ? '' : `  (exit ${r.code}: ${r.summary})`;
      // What the run would take alone on the machine: its CPU time spread over its threads (a bound, not a measurement).
      const alone = r.cpu === undefined ? '' : `; CPU ${r.cpu.toFixed(1)} s, ${(bytes / 1048576 / r.cpu).toFixed(2)} MB per CPU-second: on ${Math.min(jobs, cores)} idle core(s) at best ${(((bytes / 1048576) * Math.min(jobs, cores)) / r.cpu).toFixed(2)} MB/s`;
      console.log(
        `  check ${files} articles (${mb(bytes)}), --jobs ${jobs}${jobs === cores ? ' (all cores)' : ''}: ${r.secs.toFixed(1)} s, ${(bytes / 1048576 / r.secs).toFixed(2)} MB/s whole process${alone}${ok}  (target >= 1 MB/s on 2 cores; load ${load()})`,
      );
    }
    const indexed = writeArticles(indexDir, corpus, INDEXED);
    const mem = await indexMemory(indexDir);
    console.log(`  server: index ${indexed.files} articles (${mb(indexed.bytes)}) to progress end: ${mem.secs.toFixed(1)} s; memory (RSS) 1 s after: ${mb(mem.rss)}`);
    console.log(`  server: memory (RSS) ${(INDEX_IDLE_MS / 1000 + 3).toFixed(0)} s after, the idle index workers stopped: ${mb(mem.idleRss)}`);
    console.log('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(indexDir, { recursive: true, force: true });
  }
}

// Run alone (not when bundled into bench.js, which calls it: there `require.main === module` holds
// too, and the batch ran a second time beside the seed's timings).
if (/bench-batch\.[jt]s$/.test(process.argv[1] ?? '')) void benchBatch();
