// code-server + headless Chromium plumbing shared by the end-to-end suites.
//
// code-server serves the real VS Code workbench (here 1.139.1) with a real Node extension host.
// Each run gets a fresh user-data dir, extensions dir and Chromium profile under a temp folder,
// so nothing from the machine's own VS Code/code-server setup leaks in, and the packaged .vsix
// is installed into it with --install-extension: the artifact users get is what is tested.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const EXTENSION_ID = 'newsmark.newsmark';

/**
 * Where scripts/install-code-server.sh puts code-server (~800 MB, ~12k files): a per-user cache
 * OUTSIDE the project, because vsce walks every file under the project root when it packages
 * or lists the extension (it skips only the top node_modules/), and 12k more files made
 * `vsce ls` take seconds longer. NEWSMARK_CODE_SERVER_DIR overrides it.
 */
export function codeServerDir() {
  return process.env.NEWSMARK_CODE_SERVER_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'newsmark', 'code-server');
}

/**
 * Settings for a quiet, deterministic workbench: no telemetry, updates, tips, trust prompt, AI
 * side bar or welcome page. Nothing that changes how an article looks or behaves: the suites see
 * what a user with VS Code's default settings sees (issue 17: wrapping was turned on here, so
 * the suite never saw that .news prose did not wrap).
 */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'git.enabled': false,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class CodeServer {
  /**
   * @param {object} o
   * @param {string} o.bin code-server launcher
   * @param {string} o.tmp fresh temp dir owned by this instance
   * @param {(…a: unknown[]) => void} o.log
   * @param {Record<string,string>} [o.env] extra environment (the extension host inherits it)
   */
  constructor({ bin, tmp, log, env = {} }) {
    this.bin = bin;
    this.tmp = tmp;
    this.log = log;
    this.env = env;
    this.ud = path.join(tmp, 'user-data');
    this.config = path.join(tmp, 'config.yaml');
    this.base = ['--config', this.config, '--user-data-dir', this.ud, '--extensions-dir', path.join(tmp, 'extensions')];
    fs.mkdirSync(path.join(this.ud, 'User'), { recursive: true });
    fs.writeFileSync(this.config, ''); // an explicit --config keeps code-server from writing ~/.config/code-server
    fs.writeFileSync(path.join(this.ud, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    this.logFile = path.join(tmp, 'code-server.log');
  }

  cli(...args) {
    return spawnSync(this.bin, [...this.base, ...args], { encoding: 'utf8', timeout: 180000 });
  }

  /** Installs the .vsix and returns `id@version` as code-server lists it. */
  installVsix(vsix) {
    const r = this.cli('--install-extension', vsix);
    const out = `${r.stdout || ''}${r.stderr || ''}${r.error ? r.error.message : ''}`;
    if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`--install-extension ${vsix} failed:\n${out}`);
    const list = (this.cli('--list-extensions', '--show-versions').stdout || '').trim().split('\n').filter(Boolean);
    const id = list.find((l) => l.toLowerCase().startsWith(`${EXTENSION_ID}@`));
    if (!id) throw new Error(`${EXTENSION_ID} not listed after install: ${list.join(', ')}`);
    return id;
  }

  /** The folder --install-extension unpacked the .vsix into. */
  extensionPath() {
    const p = (this.cli('--locate-extension', EXTENSION_ID).stdout || '').trim().split('\n').pop();
    if (!p || !fs.existsSync(p)) throw new Error(`--locate-extension ${EXTENSION_ID} failed`);
    return p;
  }

  async start({ testsMode = false, timeoutMs = 90000 } = {}) {
    this.port = await new Promise((res, rej) => {
      const s = net.createServer().on('error', rej).listen(0, '127.0.0.1', () => {
        const p = s.address().port;
        s.close(() => res(p));
      });
    });
    const fd = fs.openSync(this.logFile, 'w');
    this.proc = spawn(
      this.bin,
      [
        ...this.base,
        '--bind-addr', `127.0.0.1:${this.port}`,
        '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        // tests mode: the workbench honours the extensionTestsPath payload only with the smoke-test driver on
        ...(testsMode ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ],
      // own process group: stop() kills the extension host, file watcher and language server too
      { detached: true, stdio: ['ignore', fd, fd], env: { ...process.env, ...this.env } },
    );
    fs.closeSync(fd);
    for (const until = Date.now() + timeoutMs; ; ) {
      const code = await new Promise((res) => {
        http
          .get(`http://127.0.0.1:${this.port}/healthz`, (r) => {
            r.resume();
            res(r.statusCode);
          })
          .on('error', () => res(0));
      });
      if (code === 200) break;
      if (this.proc.exitCode !== null) throw new Error(`code-server exited with ${this.proc.exitCode}:\n${this.tail(this.logFile, 20)}`);
      if (Date.now() > until) throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000}s`);
      await sleep(200);
    }
    this.log(`code-server listening on 127.0.0.1:${this.port}`);
    return this.port;
  }

  url(folder, payload) {
    let u = `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
    if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return u;
  }

  remote(p) {
    return `vscode-remote://127.0.0.1:${this.port}${p}`;
  }

  stop() {
    if (this.proc && this.proc.exitCode === null) {
      try {
        process.kill(-this.proc.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }

  extHostLogLines() {
    const walk = (d) =>
      (fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []).flatMap((e) =>
        e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)],
      );
    return walk(path.join(this.ud, 'logs'))
      .filter((f) => /exthost\.log$/.test(f))
      .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'));
  }

  /** The extension host's own record of activating Newsmark, or undefined. */
  activationLine() {
    const line = this.extHostLogLines().find((l) => l.includes(`_doActivateExtension ${EXTENSION_ID},`));
    return line && line.replace(/^.*_doActivateExtension /, '');
  }

  tail(file, n) {
    try {
      return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n');
    } catch {
      return '';
    }
  }

  /** What to print when a run failed: server log and extension-host log tails. */
  diagnosticsDump() {
    const exthost = this.extHostLogLines().filter((l) => !/^\s+file:\/\/.* -> /.test(l));
    return `--- code-server.log (tail):\n${this.tail(this.logFile, 25)}\n--- extension host log (tail):\n${exthost.slice(-30).join('\n')}`;
  }
}

/** Headless Debian Chromium with a fresh, empty profile. */
export async function launchChromium({ chromiumPath, profileDir, timeoutMs }) {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium (or pass --chromium PATH)`);
  }
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  page.setDefaultTimeout(timeoutMs);
  return { ctx, page };
}

/** A fresh temp folder holding a copy of the article: the suites edit and save it. */
export function makeWorkspace(tmp, article) {
  const ws = path.join(tmp, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  const file = path.join(ws, path.basename(article));
  fs.copyFileSync(article, file);
  return { folder: ws, file };
}

export function makeTmp(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Command line of a code-server suite: `--name value` pairs over `defaults`, `--keep` as a flag.
 * Exits 2 with `usage` when no --vsix is given. Empties the output folder for this run.
 */
export function parseSuiteArgs(defaults, usage, argv = process.argv.slice(2)) {
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, '');
    if (k === 'keep') args.keep = true;
    else args[k] = argv[++i];
  }
  if (!args.vsix) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const outDir = path.resolve(args.out);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  return { args, vsix: path.resolve(args.vsix), outDir, timeout: Number(args.timeout) * 1000 };
}
