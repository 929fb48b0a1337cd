/**
 * `dist/server.js`: starts the language server bundle (`dist/server-main.js`) through a V8 code
 * cache, so that a server start after the first one skips most of the compiling.
 *
 * Node compiles a script lazily: the first diagnostics of a session wait on the compiling of every
 * function the analysis touches. `vm.Script#createCachedData()` taken after that first analysis
 * holds the compiled bytecode of those functions; the next start hands it back to V8, which
 * checks that it matches this source and this V8 (else it silently compiles as usual).
 *
 * The cache is written half a second after the first analysis, or when the server exits (LSP
 * `exit`), or a minute after start, whichever comes first, to `NEWSMARK_CODE_CACHE_DIR` or `~/.cache/newsmark/code-cache` (a temp dir when there is
 * no home). `NEWSMARK_CODE_CACHE=0` turns it off. Any failure here falls back to a plain require:
 * the cache can only make the start faster, never break it.
 *
 * Before compiling, it starts reading the model files the first analysis needs on libuv's thread
 * pool (`prefetchModelFiles`), so that their reads overlap the compiling and running of the bundle.
 */
import * as fs from 'node:fs';
import { wrap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { fnv1a, FNV_OFFSET } from './core/fnv';
import { FIRST_ANALYSIS_FILES, prefetchModelFiles, resolveModelFile } from './core/modelFiles';
import { FIRST_ANALYSIS_EVENT } from './lsp/startupEvents';

const MAIN = path.join(__dirname, 'server-main.js');

interface CacheFile {
  dir: string;
  file: string;
  /** File names of caches for a bundle at this same path and this Node (an older bundle's are stale). */
  samePlace: string;
  sameRuntime: string;
}

/** A cache nobody has used for this long is removed when another cache is written next to it. */
const UNUSED_CACHE_MS = 30 * 24 * 3600 * 1000;

/** FNV-1a of a string, as 8 hex digits: tells bundles at different paths apart in one cache folder. */
function pathHash(s: string): string {
  return (fnv1a(FNV_OFFSET, s) >>> 0).toString(16).padStart(8, '0');
}

function cacheFile(): CacheFile | undefined {
  if (process.env.NEWSMARK_CODE_CACHE === '0') return undefined;
  const home = os.homedir();
  const dir =
    process.env.NEWSMARK_CODE_CACHE_DIR ||
    (home ? path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'newsmark', 'code-cache') : path.join(os.tmpdir(), 'newsmark-code-cache'));
  const st = fs.statSync(MAIN);
  // A new bundle or another Node/V8 gets its own file; V8 also rejects a cache that does not match.
  // Bundles at different paths (two installed versions, two checkouts) keep theirs side by side.
  const samePlace = `server-main-${pathHash(MAIN)}-`;
  const sameRuntime = `-${process.version}-${process.arch}.cache`;
  return { dir, file: path.join(dir, `${samePlace}${st.size}-${Math.floor(st.mtimeMs)}${sameRuntime}`), samePlace, sameRuntime };
}

/**
 * Writes the cache atomically (temporary file, then rename). Then removes the caches of older
 * bundles at the same path for this Node, and caches unused for 30 days (a used cache's time is
 * refreshed at each start).
 */
function writeCache(script: vm.Script, cache: CacheFile): void {
  try {
    fs.mkdirSync(cache.dir, { recursive: true });
    const tmp = `${cache.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cache.file);
    const now = Date.now();
    for (const f of fs.readdirSync(cache.dir)) {
      const p = path.join(cache.dir, f);
      if (p === cache.file || !f.startsWith('server-main-') || !f.endsWith('.cache')) continue;
      const stale = f.startsWith(cache.samePlace) && f.endsWith(cache.sameRuntime);
      if (stale || now - fs.statSync(p).mtimeMs > UNUSED_CACHE_MS) fs.rmSync(p, { force: true });
    }
  } catch {
    // A read-only or full disk only costs the next start its cache.
  }
}

function start(): void {
  let cache: CacheFile | undefined;
  let source: string;
  try {
    cache = cacheFile();
    source = fs.readFileSync(MAIN, 'utf8');
  } catch {
    require(MAIN);
    return;
  }
  let cachedData: Buffer | undefined;
  if (cache) {
    try {
      cachedData = fs.readFileSync(cache.file);
    } catch {
      cachedData = undefined;
    }
  }
  // The model files are read on another core while this one compiles and runs the bundle
  // (core/modelFiles.ts); started after the bundle's own reads, which it would slow down.
  prefetchModelFiles(FIRST_ANALYSIS_FILES.flatMap((name) => resolveModelFile(name) ?? []));
  const v8 = loadV8();
  if (v8) compileRegexpsOnce(v8);
  // Set once the bundle has run (holdOsrUntilFirstAnalysis); a cache is written under the flags it was read with.
  let releaseOsr: (() => void) | undefined;
  const script = new vm.Script(wrap(source), { filename: MAIN, cachedData });
  const state = !cache ? 'off' : cachedData === undefined ? 'none yet' : script.cachedDataRejected ? 'rejected' : 'used';
  // Read by the server for its start-up log line.
  process.env.NEWSMARK_CODE_CACHE_STATE = state;
  if (cache && state === 'used') {
    // Marks the cache as in use, so that other bundles' writes never count it as abandoned.
    const now = new Date();
    fs.utimes(cache.file, now, now, () => undefined);
  } else if (cache) {
    const target = cache;
    let written = false;
    const write = (): void => {
      if (written) return;
      written = true;
      releaseOsr?.();
      writeCache(script, target);
    };
    process.once('exit', write);
    // Soon after the first analysis: the cache then holds the analysis code too. A server that
    // analyzes nothing for a minute still gets a cache of what it compiled.
    process.once(FIRST_ANALYSIS_EVENT, () => setTimeout(write, 500).unref());
    setTimeout(write, 60000).unref();
  }
  const run = script.runInThisContext() as (
    exports: unknown,
    req: NodeJS.Require,
    mod: NodeJS.Module,
    filename: string,
    dirname: string,
  ) => void;
  run.call(module.exports, module.exports, require, module, MAIN, __dirname);
  if (v8) releaseOsr = holdOsrUntilFirstAnalysis(v8);
}

type V8 = typeof import('node:v8');

function loadV8(): V8 | undefined {
  try {
    return require('node:v8') as V8;
  } catch {
    return undefined;
  }
}

/** Whether Node's command line or NODE_OPTIONS mentions a V8 flag matching `pattern`: the user's choice stands. */
function userFlag(pattern: RegExp): boolean {
  return pattern.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
}

/**
 * Regular expressions compile straight to machine code (`--no-regexp-tier-up`). By default V8
 * compiles a regular expression to bytecode at its first use and again to machine code at its
 * second; the claims and numbers regexes (Unicode classes, case-insensitive) then cost the first
 * analysis about 15 ms, half of it compiling twice. Set for the server's whole life and before the
 * bundle is compiled: the code cache's check includes V8's flags, so every start must compile with
 * the same ones; and switching this flag back later made V8 crash in our trials.
 */
function compileRegexpsOnce(v8: V8): void {
  if (userFlag(/regexp/)) return;
  try {
    v8.setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // Only a start-up optimisation.
  }
}

/**
 * The first analysis runs in V8's interpreter, and its long loops (tagging, sorted-file search)
 * get compiled on the stack (OSR) half-way through a short burst that is over before the compiled
 * code pays back: OSR costs the first diagnostics about 15 ms. So OSR is off until the first
 * analysis is done, then on again (functions still get optimized at their next call), or after
 * 10 s at the latest. Held only after the bundle is compiled, and given back before a code cache
 * is written (the returned function; a server that exits before analyzing anything writes one
 * too), so the cache's flag check never sees it. A user's own OSR flag is left alone.
 */
function holdOsrUntilFirstAnalysis(v8: V8): (() => void) | undefined {
  if (userFlag(/osr/)) return undefined;
  try {
    v8.setFlagsFromString('--no-use-osr');
    let held = true;
    const release = (): void => {
      if (held) v8.setFlagsFromString('--use-osr');
      held = false;
    };
    process.once(FIRST_ANALYSIS_EVENT, release);
    // The flag is process-wide (the workspace index's worker too): a server that analyzes no
    // open document still gets OSR back soon.
    setTimeout(release, 10000).unref();
    return release;
  } catch {
    // Only a start-up optimisation.
    return undefined;
  }
}

start();
