#!/usr/bin/env node
// npm run test:e2e: Newsmark in a real VS Code (code-server 4.x, VS Code 1.139 workbench) in
// headless Debian Chromium. Steps, each timed:
//   1. code-server into ~/.cache/newsmark/code-server (outside the project, see codeServerDir())
//      when it is missing (scripts/install-code-server.sh)
//   2. npm run package: the production newsmark.vsix; checks its size (< 15 MB) and that it holds
//      the bundles, the NER model, the gazetteer and the knowledge files
//   3. the UI suite (tests/e2e/ui.e2e.mjs) with exactly that .vsix installed
//   4. the extension-host suite (tests/vscode/suite) inside code-server's extension host
//      (tests/e2e/exthost.e2e.mjs), with the same .vsix
// A suite that gives no verdict (a wait ran out, a crash: exit 3) is run once more, at most;
// both outcomes are printed. A suite whose checks fail is not retried. Exit code 0 only when every step passed.
//
// Options: --skip-package (use the existing newsmark.vsix), --only ui|exthost,
//          --screenshots DIR (the UI suite copies hover/outline/problems.png there, e.g. docs/images),
//          --no-retry. Output and failure dumps: e2e-out/ (git-ignored).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerDir } from '../tests/e2e/lib/codeserver.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (f) => argv.includes(f);
const opt = (f) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
const only = opt('--only');
const csDir = codeServerDir();
const csBin = process.env.CODE_SERVER || path.join(csDir, 'bin', 'code-server');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const vsix = path.join(root, 'newsmark.vsix');
const MAX_VSIX_MB = 15;

const t0 = Date.now();
const timings = [];
const failures = [];
const log = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

function step(name, fn) {
  const t = Date.now();
  log(`== ${name}`);
  let ok = false;
  try {
    ok = fn() !== false;
  } catch (e) {
    console.log(e && e.message ? e.message : String(e));
  }
  const s = ((Date.now() - t) / 1000).toFixed(1);
  timings.push([name, s, ok ? 'ok' : 'FAILED']);
  log(`${ok ? 'ok' : 'FAILED'}: ${name} (${s}s)`);
  if (!ok) failures.push(name);
  return ok;
}

const status = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts }).status;
const run = (cmd, args, opts = {}) => status(cmd, args, opts) === 0;

/** File names in a zip (the .vsix), read from its central directory. */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file} is not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extra + comment;
  }
  return names;
}

// ---- prerequisites
if (!fs.existsSync(chromium)) {
  console.error(`no Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM=/path/to/chromium). .ci/run installs it.`);
  process.exit(1);
}

const csWorks = () =>
  fs.existsSync(csBin) && spawnSync(csBin, ['--config', path.join(csDir, 'config.yaml'), '--version'], { encoding: 'utf8' }).status === 0;
if (!csWorks()) {
  if (!step(`install code-server into ${csDir}`, () => run('sh', [path.join(root, 'scripts', 'install-code-server.sh'), csDir]) && csWorks())) {
    console.error('code-server could not be installed; see the output above');
    process.exit(1);
  }
} else {
  const v = spawnSync(csBin, ['--config', path.join(csDir, 'config.yaml'), '--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  log(`code-server ${v} (cached in ${csDir})`);
}

// a failed package step must not leave the previous .vsix to be tested
let built = true;
if (!flag('--skip-package')) {
  fs.rmSync(vsix, { force: true });
  built = step('npm run package', () => run('npm', ['run', 'package', '--silent']));
}
const packaged = built && step('check newsmark.vsix', () => {
  if (!fs.existsSync(vsix)) throw new Error('newsmark.vsix is missing');
  const mb = fs.statSync(vsix).size / 1024 / 1024;
  const names = zipEntries(vsix).map((n) => n.replace(/^extension\//, ''));
  log(`newsmark.vsix: ${mb.toFixed(2)} MB, ${names.length} files`);
  const problems = [];
  if (mb >= MAX_VSIX_MB) problems.push(`${mb.toFixed(2)} MB, limit ${MAX_VSIX_MB} MB`);
  for (const need of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/models/ner.bin', 'dist/models/ner-gazetteer.txt']) {
    if (!names.includes(need)) problems.push(`lacks ${need}`);
  }
  if (!names.some((n) => /^dist\/models\/knowledge-/.test(n))) problems.push('lacks the knowledge files (dist/models/knowledge-*)');
  if (names.some((n) => /node_modules\/|\.map$|\.ts$|^tests\/|^seeds\//.test(n))) problems.push(`ships development files: ${names.filter((n) => /node_modules\/|\.map$|\.ts$|^tests\/|^seeds\//.test(n)).slice(0, 5).join(', ')}`);
  if (problems.length) throw new Error(`newsmark.vsix: ${problems.join('; ')}`);
});

/**
 * Runs a suite; one retry at most, and only when the suite gave no verdict (exit 3: a wait ran
 * out, a crash). A wrong answer from the editor (exit 1) is not retried: it would repeat.
 */
function suite(name, script, extra = []) {
  return step(name, () => {
    const args = [path.join(root, 'tests', 'e2e', script), '--vsix', vsix, '--code-server', csBin, '--chromium', chromium, ...extra];
    const first = status(process.execPath, args);
    if (first === 0) return true;
    if (first !== 3 || flag('--no-retry')) return false;
    log(`${name} failed; retrying once (the failure above stands if the retry fails too)`);
    const ok = run(process.execPath, args);
    if (ok) log(`${name} passed on the retry: the first attempt failed, see above`);
    return ok;
  });
}

if (packaged) {
  if (!only || only === 'ui') suite('UI suite (hover, Outline, Problems, quick fix)', 'ui.e2e.mjs', opt('--screenshots') ? ['--screenshots', path.resolve(opt('--screenshots'))] : []);
  if (!only || only === 'exthost') suite('extension-host suite (tests/vscode/suite in code-server)', 'exthost.e2e.mjs');
}

console.log('\n  step                                                       time    result');
for (const [n, s, r] of timings) console.log(`  ${n.padEnd(58)} ${`${s}s`.padStart(7)}  ${r}`);
console.log(`  ${'total'.padEnd(58)} ${`${((Date.now() - t0) / 1000).toFixed(1)}s`.padStart(7)}`);
console.log(failures.length ? `\nnpm run test:e2e: FAILED (${failures.join('; ')}). Details and screenshots: e2e-out/` : '\nnpm run test:e2e: ok');
process.exit(failures.length ? 1 : 0);
