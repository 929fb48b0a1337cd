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
 * Before that, it starts reading the model files the first analysis needs on libuv's thread
 * pool (`prefetchModelFiles`), so that their reads overlap the loading of the bundle.
 */
import * as fs from 'node:fs';
import { wrap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { FIRST_ANALYSIS_FILES, prefetchModelFiles } from './core/modelFiles';
import { FIRST_ANALYSIS_EVENT } from './lsp/startupEvents';

const MAIN = path.join(__dirname, 'server-main.js');

interface CacheFile {
  dir: string;
  file: string;
}

function cacheFile(): CacheFile | undefined {
  if (process.env.NEWSMARK_CODE_CACHE === '0') return undefined;
  const home = os.homedir();
  const dir =
    process.env.NEWSMARK_CODE_CACHE_DIR ||
    (home ? path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'newsmark', 'code-cache') : path.join(os.tmpdir(), 'newsmark-code-cache'));
  const st = fs.statSync(MAIN);
  // A new bundle or another Node/V8 gets its own file; V8 also rejects a cache that does not match.
  const tag = `${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}`;
  return { dir, file: path.join(dir, `server-main-${tag}.cache`) };
}

/** Writes the cache atomically (temporary file, then rename) and drops caches of older bundles. */
function writeCache(script: vm.Script, cache: CacheFile): void {
  try {
    fs.mkdirSync(cache.dir, { recursive: true });
    const tmp = `${cache.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cache.file);
    for (const f of fs.readdirSync(cache.dir)) {
      const p = path.join(cache.dir, f);
      if (p !== cache.file && f.startsWith('server-main-') && f.endsWith('.cache')) fs.rmSync(p, { force: true });
    }
  } catch {
    // A read-only or full disk only costs the next start its cache.
  }
}

function start(): void {
  // The model files are read on another core while this one loads the bundle (core/modelFiles.ts).
  prefetchModelFiles(FIRST_ANALYSIS_FILES.map((name) => path.join(__dirname, 'models', name)));
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
  const script = new vm.Script(wrap(source), { filename: MAIN, cachedData });
  // Read by the server for its start-up log line.
  process.env.NEWSMARK_CODE_CACHE_STATE = !cache ? 'off' : cachedData === undefined ? 'none yet' : script.cachedDataRejected ? 'rejected' : 'used';
  if (cache && (cachedData === undefined || script.cachedDataRejected === true)) {
    const target = cache;
    let written = false;
    const write = (): void => {
      if (written) return;
      written = true;
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
}

start();
