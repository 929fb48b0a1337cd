/**
 * Scaling of the analyzer on generated shapes of text (issue 16, "Linear cost"): each shape is
 * doubled from 128 KB to 1 MB and checked by the whole `check` process (`node dist/cli.js check
 * FILE`); the table gives the seconds per size and the growth factor per doubling (target: at
 * most 2.3x per doubling, any 1 MB shape under 3 s). Then the language server on a 5 MB prose
 * document (resident memory, size of the Outline answer) and hover / documentSymbol latency on a
 * 100 KB article over stdio.
 *
 * The prose is built at bench time from ../shared/data/bbc-unlabeled/ when it is there (varied
 * text; never committed); otherwise from the seed article's paragraphs, which is said in the table.
 *
 *   npm run bench (runs this from scripts/bench.ts), or on its own after `npm run build` and
 *   `node esbuild.mjs --bench`: node .bench/bench-scaling.js [--shapes names,quotations] [--no-server] [--no-memory] [--keep DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
// A deterministic generator (mulberry32), so that every run checks the same text.
import { rng as random } from '../server/src/core/ner/train';
import { median, pct } from './stats';
import { ServerClient } from './serverClient';

const ROOT = join(__dirname, '..');
const KB = 1024;
const SIZES = [128, 256, 512, 1024];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** Varied press text: the BBC articles' paragraphs when the shared data is there, else the seed's. */
function proseParagraphs(): { paragraphs: string[]; source: string } {
  const dir = join(ROOT, '..', 'shared', 'data', 'bbc-unlabeled');
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const paragraphs = files.flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/^=== .*\n?/, '').trim())
        .filter((p) => p.length > 0),
    );
    if (paragraphs.length > 0) return { paragraphs, source: 'BBC articles (shared data)' };
  }
  const seed = readFileSync(join(ROOT, 'seeds', 'seed-article.news'), 'utf8');
  return { paragraphs: seed.split(/\n\s*\n/).filter((p) => p.trim().length > 0), source: 'the seed article repeated (no shared data)' };
}

/** Paragraphs, blank-line separated, until `bytes`; `next(i)` gives the i-th paragraph. */
function fill(bytes: number, headline: string, next: (i: number) => string, separator = '\n\n'): string {
  const parts = [headline];
  let size = headline.length;
  for (let i = 0; size < bytes; i++) {
    const p = next(i);
    parts.push(p);
    size += p.length + separator.length;
  }
  return parts.join(separator);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'bel', 'dun', 'fi', 'gar', 'hul', 'jen', 'kos', 'lem', 'nar', 'pol', 'quin', 'ros', 'sul', 'tev', 'ur', 'vane', 'wil', 'yar', 'zem', 'bro', 'cal', 'dre', 'esk', 'fol'];

/** Invented names, all distinct: `Kalomi Renvorbel`. */
function nameMaker(seed: number): () => string {
  const r = random(seed);
  const seen = new Set<string>();
  const word = (n: number): string => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(r, SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return () => {
    for (;;) {
      const name = `${word(2 + Math.floor(r() * 2))} ${word(2 + Math.floor(r() * 3))}`;
      if (!seen.has(name)) {
        seen.add(name);
        return name;
      }
    }
  };
}

const NOUNS = ['plan', 'budget', 'depot', 'bridge', 'school', 'hospital', 'market', 'harbour', 'tram line', 'library', 'festival', 'stadium'];
const ADJECTIVES = ['slow', 'costly', 'fair', 'reckless', 'overdue', 'sensible', 'quiet', 'bold', 'careful', 'late'];
const VERBS = ['build', 'close', 'fund', 'move', 'review', 'delay', 'cancel', 'expand', 'rebuild', 'sell'];
const SAYERS = ['she said', 'he said', 'one trader said', 'a resident added', 'the chair said', 'a driver told us'];

type Shape = { name: string; make: (bytes: number) => string; ext: string };

function shapes(prose: string[]): Shape[] {
  return [
    {
      name: 'prose',
      ext: 'news',
      make: (bytes) => fill(bytes, 'Long read: a year of news', (i) => prose[i % prose.length]),
    },
    {
      name: 'names',
      ext: 'news',
      make: (bytes) => {
        const next = nameMaker(1);
        return fill(bytes, 'Who met whom', () => {
          const s: string[] = [];
          for (let k = 0; k < 5; k++) s.push(`${next()} met ${next()}, who said ${next()} agreed.`);
          return s.join(' ');
        });
      },
    },
    {
      name: 'quotations',
      ext: 'news',
      make: (bytes) => {
        const r = random(2);
        return fill(bytes, 'What the town said', () => {
          const s: string[] = [];
          for (let k = 0; k < 4; k++) {
            s.push(`"We will not ${pick(r, VERBS)} the ${pick(r, NOUNS)} this year," ${pick(r, SAYERS)}.`);
            s.push(`Others called it "a ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}", "${pick(r, ADJECTIVES)}" and “${pick(r, ADJECTIVES)}”.`);
          }
          return s.join(' ');
        });
      },
    },
    {
      // A quotation mark alone on each line, between blank lines: each paragraph opens a quotation
      // that never closes (a mark per paragraph took 214 s per MB when each sentence scanned all quotations).
      name: 'marks',
      ext: 'news',
      make: (bytes) => {
        const marks = ['"', '“', '"We', '”', "''"];
        return fill(bytes, 'Marks', (i) => marks[i % marks.length]);
      },
    },
    {
      name: 'footnotes',
      ext: 'md',
      make: (bytes) => {
        const r = random(3);
        let n = 0;
        const defs: string[] = [];
        const body = fill(bytes * 0.7, '# Where the money went', () => {
          const s: string[] = [];
          for (let k = 0; k < 4; k++) {
            n++;
            s.push(`The council spent £${1 + Math.floor(r() * 90)}m on the ${pick(r, NOUNS)}[^${n}], ${pick(r, ADJECTIVES)} by any measure.`);
            defs.push(`[^${n}]: Council accounts for ${2000 + (n % 25)}, page ${1 + (n % 300)}.`);
          }
          return s.join(' ');
        });
        let out = body;
        for (const d of defs) {
          if (out.length >= bytes) break;
          out += `\n\n${d}`;
        }
        return out;
      },
    },
    {
      name: 'URLs',
      ext: 'news',
      make: (bytes) => {
        const r = random(4);
        let n = 0;
        return fill(bytes, 'Links to the reports', () => {
          const s: string[] = [];
          for (let k = 0; k < 4; k++) {
            n++;
            s.push(`The ${pick(r, NOUNS)} report is at https://www.example.org/reports/${2000 + (n % 25)}/${pick(r, VERBS)}-${n}.html and its data at http://data.example.net/q?id=${n}&page=${n % 7}.`);
          }
          return s.join(' ');
        });
      },
    },
    {
      name: 'one long line',
      ext: 'news',
      make: (bytes) => fill(bytes, 'One line', (i) => prose[i % prose.length].replace(/\s+/g, ' '), ' '),
    },
  ];
}

/**
 * Seconds for `node dist/cli.js check FILE`, the whole process: wall clock, and CPU (user + system,
 * from /usr/bin/time when there is one), which other processes on a shared machine disturb less.
 */
function checkSeconds(file: string): { wall: number; cpu?: number } {
  const cli = [join(ROOT, 'dist', 'cli.js'), 'check', file];
  const timeFile = `${file}.time`;
  const timed = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, ...cli], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - t) / 1000;
  if (r.signal || (r.status !== 0 && r.status !== 1)) throw new Error(`check ${file} failed (${r.signal ?? r.status}): ${r.stderr.slice(0, 500)}`);
  if (!timed) return { wall };
  const [user, sys] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { wall, cpu: user + sys };
}

function scalingTable(dir: string, list: Shape[]): void {
  const head = ['shape', ...SIZES.map((k) => `${k} KB`), 'growth per doubling'];
  const widths = [13, 13, 13, 13, 13, 0];
  const line = (r: string[]) => `  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`;
  const growth = (xs: number[]) => xs.slice(1).map((x, i) => (x / xs[i]).toFixed(2)).join(' / ');
  console.log(line(head));
  for (const shape of list) {
    const runs = SIZES.map((k) => {
      const file = join(dir, `${shape.name.replace(/\s+/g, '-')}-${k}.${shape.ext}`);
      writeFileSync(file, shape.make(k * KB));
      return checkSeconds(file);
    });
    const cpu = runs.map((x) => x.cpu ?? NaN);
    console.log(line([shape.name, ...runs.map((x) => `${x.wall.toFixed(2)} s${x.cpu === undefined ? '' : ` (${x.cpu.toFixed(2)})`}`), `${growth(runs.map((x) => x.wall))}${runs[0].cpu === undefined ? '' : `  (CPU ${growth(cpu)})`}`]));
  }
  console.log('  wall clock (CPU user + system); targets: growth <= 2.3x per doubling, any 1 MB shape < 3 s\n');
}

/** Resident memory of a process now and at its peak (MB), from /proc. */
function rss(pid: number): { now: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

async function serverMemory(text: string): Promise<void> {
  const c = new ServerClient();
  await c.start({ textDocument: { diagnostic: {} } });
  const uri = 'file:///bench/huge.news';
  const t0 = performance.now();
  // Listening from the start: the release is logged 2.5 s after the analysis, its follow-up 6 s
  // later (lsp/idleMemory.ts).
  const released = c.nextLog(/^Released memory/, 120_000);
  c.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'news', version: 1, text } } });
  await c.request('textDocument/diagnostic', { textDocument: { uri } });
  const analysed = performance.now() - t0;
  const t1 = performance.now();
  const outline = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
  const outlineMs = performance.now() - t1;
  const busy = rss(c.pid);
  const shrunk = c.nextLog(/^Shrank the heap/, 60_000);
  const log = await released;
  const idle = rss(c.pid);
  // The follow-up collection, 6 s after the release if nothing is analysed meanwhile.
  const shrunkLog = await shrunk;
  const later = rss(c.pid);
  const releasedAgain = c.nextLog(/^Released memory/, 60_000);
  c.send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  const closedLog = await releasedAgain;
  const closed = rss(c.pid);
  await c.stop();
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  console.log(`  ${(text.length / 1e6).toFixed(1)} million characters of prose: open to diagnostics ${(analysed / 1000).toFixed(1)} s; Outline answer ${(Buffer.byteLength(outline) / KB / KB).toFixed(2)} MB in ${outlineMs.toFixed(0)} ms`);
  if (!busy || !idle || !later || !closed) {
    console.log('  server memory: unknown (no /proc)\n');
    return;
  }
  console.log(`  server memory after diagnostics and Outline: ${mb(busy.now)} resident, ${mb(busy.peak)} peak`);
  console.log(`  once idle (${log ?? 'no release logged'}): ${mb(idle.now)} resident`);
  console.log(`  6 s later (${shrunkLog ?? 'no follow-up logged'}): ${mb(later.now)} resident  (targets: < 300 MB; Outline < 5 MB)`);
  console.log(`  closed, once idle (${closedLog ?? 'no release logged'}): ${mb(closed.now)} resident\n`);
}

/**
 * p50 / p99 of hover and documentSymbol over stdio on an analysed 100 KB article: until the
 * answer's first bytes (the server's time) and until it is read and parsed (with this client's).
 */
async function featureLatency(text: string): Promise<void> {
  const c = new ServerClient();
  await c.start({ textDocument: { diagnostic: {} } });
  const uri = 'file:///bench/long.news';
  c.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'news', version: 1, text } } });
  await c.request('textDocument/diagnostic', { textDocument: { uri } });
  const lines = text.split('\n');
  const r = random(5);
  const timed = async (method: string, params: object, first: number[], whole: number[]): Promise<number> => {
    const t = performance.now();
    const answer = await c.request(method, params);
    whole.push(performance.now() - t);
    first.push(c.firstByteAt - t);
    return answer.length;
  };
  const hovers: number[][] = [[], []];
  for (let i = 0; i < 420; i++) {
    const line = Math.floor(r() * lines.length);
    const character = Math.floor(r() * Math.max(1, lines[line].length));
    await timed('textDocument/hover', { textDocument: { uri }, position: { line, character } }, hovers[0], hovers[1]);
  }
  const symbols: number[][] = [[], []];
  let size = 0;
  for (let i = 0; i < 130; i++) size = await timed('textDocument/documentSymbol', { textDocument: { uri } }, symbols[0], symbols[1]);
  await c.stop();
  // The first answers warm the server's code up: left out.
  const f = (xs: number[], warm: number) => `${median(xs.slice(warm)).toFixed(2)} / ${pct(xs.slice(warm), 99).toFixed(2)} ms`;
  console.log(`  ${(text.length / KB).toFixed(0)} KB article over stdio, p50 / p99 (target p99 < 5 ms), to the answer's first byte; read and parsed:`);
  console.log(`    hover           ${f(hovers[0], 20)};  ${f(hovers[1], 20)}`);
  console.log(`    documentSymbol  ${f(symbols[0], 10)};  ${f(symbols[1], 10)}  (answer ${(size / KB).toFixed(0)} KB)\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--shapes') ? args[args.indexOf('--shapes') + 1].split(',') : undefined;
  const { paragraphs, source } = proseParagraphs();
  const list = shapes(paragraphs).filter((s) => !only || only.includes(s.name));
  // --keep DIR: write the generated files there and leave them (for profiling one of them).
  const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'newsmark-scaling-'));
  try {
    console.log(`\nScaling: seconds for \`check FILE\` (whole process) per size; prose from ${source}\n`);
    scalingTable(dir, list);
    if (args.includes('--no-server')) return;
    const prose = shapes(paragraphs)[0];
    // 5,000,000 characters: under the server's default size limit (maxFileSizeMB 5, in MiB).
    if (!args.includes('--no-memory')) await serverMemory(prose.make(5_000_000));
    await featureLatency(prose.make(100 * KB));
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
