/**
 * Keystroke latency (issue 16): documents of 5, 20 and 100 KB of varied press text, built at bench
 * time from `../shared/data/bbc-unlabeled/bbc-news-2004-05.txt` (consecutive articles' paragraphs;
 * never committed), opened in the built server over stdio (`dist/server.js --stdio`, pulled
 * diagnostics, as VS Code's client asks for them). One character is inserted at a different place
 * each time and the time to fresh diagnostics is measured (p50, p90 over about 40 edits per size,
 * after 15 edits that warm the server's code up and are not counted).
 * The same edits are also analysed in this process with and without an AnalysisCache, for diagnosis.
 *
 * Run alone: `node esbuild.mjs --bench && node .bench/bench-keystroke.js`; `npm run bench` calls it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../server/src/core/analyze';
import { AnalysisCache } from '../server/src/core/analysisCache';
import { pct } from './stats';
import { ServerClient } from './serverClient';

const ROOT = join(__dirname, '..');
const SOURCE = join(ROOT, '..', 'shared', 'data', 'bbc-unlabeled', 'bbc-news-2004-05.txt');
const SIZES_KB = [5, 20, 100];
const EDITS = 40;
/** Edits made before the measured ones, over JSON-RPC (see overRpc). */
const WARM_UP = 15;
/** "After reading": how long the user reads the article just opened before typing (see overRpc). */
const PAUSE_MS = 3000;

/** Consecutive articles' paragraphs (the `=== name` lines dropped) until the document reaches `bytes`. */
function buildDocument(source: string, bytes: number): string {
  const paragraphs = source.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('=== '));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes && i < paragraphs.length; i++) {
    out.push(paragraphs[i]);
    size += Buffer.byteLength(paragraphs[i]) + 2;
  }
  return out.join('\n\n') + '\n';
}

/** A deterministic generator, so every run makes the same edits. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The edits: an offset spread over the document (a different place each time) and a character. */
function edits(length: number, seed: number): { offset: number; ch: string }[] {
  const rnd = random(seed);
  const chars = 'etaoinshrd ,.';
  return Array.from({ length: EDITS }, (_, k) => ({
    offset: Math.floor(((k + rnd()) / EDITS) * length),
    ch: chars[Math.floor(rnd() * chars.length)],
  })).sort(() => rnd() - 0.5);
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** `NEWSMARK_BENCH_CPU_PROF=DIR`: each server writes a CPU profile there (where an edit's time goes, beyond the analysis). */
const PROFILE_DIR = process.env.NEWSMARK_BENCH_CPU_PROF;

const CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { diagnostic: { dynamicRegistration: false } },
};

/**
 * Edit-to-fresh-diagnostics times over JSON-RPC for one document. `resultIds`: the client sends
 * the result id of the diagnostics it holds, as VS Code's does, and may be answered `unchanged`
 * (lsp/diagnosticDelivery.ts); without, every answer is the full list. `pauseMs`: the user reads
 * the article this long after opening it before typing, and no edits warm the server up first
 * (the server warms up while idle: lsp/jitWarmUp.ts).
 */
async function overRpc(doc: string, seed: number, resultIds: boolean, pauseMs = 0): Promise<{ first: number[]; later: number[] }> {
  const client = new ServerClient(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []);
  await client.start(CAPABILITIES);
  const uri = 'file:///bench/keystroke.news';
  client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'news', version: 1, text: doc } } });
  let held = resultIdOf(await client.request('textDocument/diagnostic', { textDocument: { uri } }));
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const warmUp = pauseMs > 0 ? 0 : WARM_UP;
  let text = doc;
  let version = 1;
  const times: number[] = [];
  // The first edits warm the server's code up (a fresh process runs unoptimized code at first;
  // an editing session is long-lived): made and left out, as the hover bench leaves out its first answers.
  // V8 is still optimizing the incremental paths over the next few dozen edits: the 40 after the
  // measured ones are timed too (`later`), closer to a long session.
  const warm = edits(doc.length, seed + 1000).slice(0, warmUp);
  const later = edits(doc.length + warmUp + EDITS, seed + 2000);
  for (const [k, e] of [...warm, ...edits(doc.length + warmUp, seed), ...later].entries()) {
    const pos = positionAt(text, e.offset);
    const t0 = performance.now();
    client.send({
      method: 'textDocument/didChange',
      params: { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: pos, end: pos }, text: e.ch }] },
    });
    const answer = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultIds ? held : undefined });
    if (k >= warmUp) times.push(performance.now() - t0);
    held = resultIdOf(answer);
    text = text.slice(0, e.offset) + e.ch + text.slice(e.offset);
  }
  await client.stop();
  return { first: times.slice(0, EDITS), later: times.slice(EDITS) };
}

/** The result id of a raw diagnostic answer. */
function resultIdOf(answer: string): string | undefined {
  return (JSON.parse(answer) as { result?: { resultId?: string } }).result?.resultId;
}

/** The same edits analysed in this process: fresh each time, and with one AnalysisCache. */
function inProcess(doc: string, seed: number): { fresh: number[]; cached: number[] } {
  const fresh: number[] = [];
  const cached: number[] = [];
  const cache = new AnalysisCache();
  analyzeArticle(doc, {}, cache);
  let text = doc;
  for (const e of edits(doc.length, seed)) {
    text = text.slice(0, e.offset) + e.ch + text.slice(e.offset);
    let t0 = performance.now();
    analyzeArticle(text, {}, cache);
    cached.push(performance.now() - t0);
    t0 = performance.now();
    analyzeArticle(text);
    fresh.push(performance.now() - t0);
  }
  return { fresh, cached };
}

/** Prints the keystroke table; returns false when the source text is missing (then nothing is measured). */
export async function keystrokeBench(): Promise<boolean> {
  if (!existsSync(SOURCE)) {
    console.log(`keystroke latency: skipped, ${SOURCE} is missing (the documents are built from it at bench time)`);
    return false;
  }
  const source = readFileSync(SOURCE, 'utf8');
  const rows: string[] = [];
  for (const kb of SIZES_KB) {
    const doc = buildDocument(source, kb * 1024);
    const rpc = await overRpc(doc, kb, true);
    const full = await overRpc(doc, kb, false);
    const paused = await overRpc(doc, kb, true, PAUSE_MS);
    const local = inProcess(doc, kb);
    const f = (xs: number[]): string => `${pct(xs, 50).toFixed(1)} / ${pct(xs, 90).toFixed(1)} ms`;
    rows.push(
      `  ${String(kb).padStart(3)} KB  over JSON-RPC ${f(rpc.first).padEnd(18)}  (the next ${EDITS}: ${f(rpc.later).padEnd(18)}; full lists ${f(full.first).padEnd(18)}; after reading ${f(paused.first).padEnd(18)})  in process: cached ${f(local.cached).padEnd(18)}  fresh ${f(local.fresh)}`,
    );
  }
  console.log(`\nKeystroke: one character inserted, edit to fresh diagnostics, p50 / p90 over ${EDITS} edits after ${WARM_UP} (varied BBC text)\n`);
  for (const r of rows) console.log(r);
  console.log('  (over JSON-RPC the client sends the result id it holds, as VS Code does; "full lists": a client that sends none;');
  console.log(`  "after reading": the first ${EDITS} edits typed ${PAUSE_MS / 1000} s after opening, no warm-up edits: the server warms up while idle)`);
  console.log('  (targets over JSON-RPC: p50 < 15 ms at 20 KB, < 30 ms at 100 KB, p90 < 2x p50)\n');
  return true;
}

// Run alone (not when bundled into bench.js, which calls it).
if (/bench-keystroke\.[jt]s$/.test(process.argv[1] ?? '')) void keystrokeBench();
