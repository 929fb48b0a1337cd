#!/usr/bin/env node
// The extension-host suite (tests/vscode/suite, the one `npm run test:vscode` runs in VS Code
// desktop) inside code-server's real extension host, driven by headless Chromium.
//
//   node tests/e2e/exthost.e2e.mjs --vsix newsmark.vsix [--code-server BIN] [--out DIR]
//                                  [--chromium PATH] [--timeout S] [--keep]
//
// How: the .vsix is installed with --install-extension into a fresh extensions dir; code-server
// starts with the smoke-test driver on (--vscode-option enable-smoke-test-driver), which makes
// the workbench honour a `payload` naming extensionDevelopmentPath (the folder the .vsix was
// unpacked into, so the packaged artifact is what runs) and extensionTestsPath (the mocha
// index). The suite's exit code comes back through window.codeAutomationExit; the extension
// host's console (mocha's spec reporter) arrives as browser console messages and is printed.
// Exit 0 when the suite passed, 1 when tests failed, 3 when the suite gave no verdict (timeout,
// crash: the runner retries once), 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import { CodeServer, codeServerDir, launchChromium, makeTmp, makeWorkspace, parseSuiteArgs } from './lib/codeserver.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { args, vsix, outDir, timeout } = parseSuiteArgs(
  {
    'code-server': process.env.CODE_SERVER || path.join(codeServerDir(), 'bin', 'code-server'),
    out: path.join(root, 'e2e-out', 'exthost'),
    chromium: process.env.CHROMIUM || '/usr/bin/chromium',
    timeout: '240',
  },
  'node tests/e2e/exthost.e2e.mjs --vsix newsmark.vsix [--code-server BIN] [--out DIR] [--timeout S] [--keep]',
);

const t0 = Date.now();
const log = (...a) => console.log(`[exthost ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const tmp = makeTmp('newsmark-exthost-');
const { folder, file } = makeWorkspace(tmp, path.join(root, 'seeds', 'seed-article.news'));
const results = path.join(outDir, 'results.json');
const cs = new CodeServer({
  bin: args['code-server'],
  tmp,
  log,
  // the extension host inherits code-server's environment: this is how the suite learns its inputs
  env: { NEWSMARK_E2E_FILE: file, NEWSMARK_E2E_RESULTS: results },
});

// Ctrl+C or CI cancelling: stop code-server's process group (extension host, language server)
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cs.stop();
    process.exit(130);
  });
}
let ctx;
let page;
let failure = '';
let infrastructure = false; // no verdict from the suite (timeout, crash): worth one retry
try {
  if (!fs.existsSync(vsix)) throw new Error(`no ${vsix}: run npm run package`);
  const id = cs.installVsix(vsix);
  const devPath = cs.extensionPath();
  log(`installed ${id} into ${devPath}`);
  await cs.start({ testsMode: true });
  ({ ctx, page } = await launchChromium({ chromiumPath: args.chromium, profileDir: path.join(tmp, 'chromium-profile'), timeoutMs: timeout }));

  // the extension host's console: mocha's report, minus the workbench's noise
  const noise = /Failed to load resource|ENOTFOUND|Creating a socket|connection token|reconnection-grace-time|\[AgentHost|AccountPolicyGate|builtin extensions cache|\[Service Worker\]|iframe|authentication provider 'github'|vsda|open-vsx|Extension host \(Remote\) is (un)?responsive|Creation of workbench contribution/;
  const consoleLog = fs.createWriteStream(path.join(outDir, 'console.log'));
  // The workbench re-logs the extension host's console.log(fmt, ...args) as
  // console.log('%c INFO', 'color: ...', fmt, ...args): format it back into one line, in order.
  let printed = Promise.resolve();
  page.on('console', (m) => {
    const values = Promise.all(m.args().map((a) => a.jsonValue().catch(() => undefined)));
    printed = printed.then(async () => {
      const v = await values.catch(() => []);
      const styled = typeof v[0] === 'string' && /^%c/.test(v[0]) && typeof v[1] === 'string';
      const text = styled && v.length > 2 ? util.format(...v.slice(2)) : m.text();
      consoleLog.write(`${m.type()}: ${text}\n`);
      if (!noise.test(text.split('\n')[0])) console.log(`  | ${text.split('\n').join('\n  | ')}`);
    });
  });
  const exited = new Promise((res) => page.exposeFunction('codeAutomationExit', (code) => res(code)));
  const payload = [
    ['extensionDevelopmentPath', cs.remote(devPath)],
    ['extensionTestsPath', cs.remote(path.join(root, 'tests', 'vscode', 'suite', 'index.cjs'))],
  ];
  log('running tests/vscode/suite in the extension host');
  await page.goto(cs.url(folder, payload));
  let timer;
  const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeout)))]);
  clearTimeout(timer);
  await printed;
  await page.screenshot({ path: path.join(outDir, 'final.png') }).catch(() => {});
  consoleLog.end();
  if (code === 'timeout') {
    failure = `the suite did not finish within ${timeout / 1000}s`;
    infrastructure = true;
  }
  else if (code !== 0) failure = `the suite failed (exit code ${code})`;
  if (fs.existsSync(results)) {
    const r = JSON.parse(fs.readFileSync(results, 'utf8'));
    const by = (s) => r.tests.filter((t) => t.state === s);
    log(`results: ${by('passed').length} passed, ${by('failed').length} failed, ${by('pending').length} pending`);
    for (const t of by('failed')) console.log(`  FAILED ${t.title}\n    ${String(t.error).split('\n').join('\n    ')}`);
  } else if (!failure || code !== 0) {
    failure = failure || 'the suite wrote no results file';
    infrastructure = true;
  }
  const act = cs.activationLine();
  if (act) log(`activation: ${act}`);
  else if (!failure) failure = 'the extension host never activated newsmark.newsmark';
} catch (e) {
  failure = e && e.stack ? e.stack.split('\n').slice(0, 3).join('\n') : String(e);
  infrastructure = true;
}

if (failure) {
  log(`FAIL: ${failure}`);
  if (page) {
    await page.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => {});
    const text = await page.evaluate(() => document.body.innerText).catch(() => '');
    fs.writeFileSync(path.join(outDir, 'failure.txt'), `${failure}\n\n--- visible text:\n${text}\n\n${cs.diagnosticsDump()}\n`);
  }
  console.log(cs.diagnosticsDump());
}
if (ctx) await ctx.close().catch(() => {});
cs.stop();
if (args.keep) log(`kept ${tmp}`);
else fs.rmSync(tmp, { recursive: true, force: true });
log(failure ? 'RESULT: failed' : 'RESULT: ok');
process.exit(failure ? (infrastructure ? 3 : 1) : 0);
