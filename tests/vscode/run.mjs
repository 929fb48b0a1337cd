#!/usr/bin/env node
// npm run test:vscode: the extension-host suite (tests/vscode/suite) in VS Code desktop through
// @vscode/test-electron, with the built extension (dist/) as the development extension and a
// fresh copy of the seed article as the workspace.
//
// test-electron downloads VS Code from update.code.visualstudio.com (cached in .vscode-test/).
// Where that host cannot be reached (this project's CI machine: npm registry and Debian apt only),
// the run stops with a message saying so and exit code 1; `npm run test:e2e` runs the SAME suite
// there, inside code-server's real extension host. VSCODE_EXECUTABLE_PATH=/path/to/code uses an
// installed VS Code instead of downloading one; VSCODE_VERSION picks the version to download.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seed = path.join(root, 'seeds', 'seed-article.news');

if (!fs.existsSync(path.join(root, 'dist', 'client.js'))) {
  console.error('dist/client.js is missing: run `npm run build` first (npm run test:vscode does).');
  process.exit(1);
}

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
if (!vscodeExecutablePath) {
  const version = process.env.VSCODE_VERSION || 'stable';
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: path.join(root, '.vscode-test') });
  } catch (e) {
    const reason = e && e.message ? e.message : String(e);
    console.error(
      [
        '',
        `npm run test:vscode could not download VS Code ${version} (${reason}).`,
        '@vscode/test-electron needs update.code.visualstudio.com, which cannot be reached from here',
        '(the project CI machines reach only the npm registry and Debian apt), and neither npm nor Debian ships a VS Code',
        'desktop build. Nothing was tested.',
        '',
        'Here, run `npm run test:e2e`: it runs this same suite (tests/vscode/suite) inside code-server\'s',
        'real VS Code extension host, plus the UI suite in headless Chromium. On a machine with VS Code',
        'installed, VSCODE_EXECUTABLE_PATH=/path/to/code npm run test:vscode skips the download.',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}

// a fresh workspace holding a copy of the seed article: the suite applies (and reverts) edits
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-vscode-'));
const workspace = path.join(tmp, 'workspace');
fs.mkdirSync(workspace);
fs.copyFileSync(seed, path.join(workspace, path.basename(seed)));

let code = 0;
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'tests', 'vscode', 'suite', 'index.cjs'),
    extensionTestsEnv: { NEWSMARK_E2E_FILE: path.join(workspace, path.basename(seed)) },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', path.join(tmp, 'user-data')],
  });
  console.log('npm run test:vscode: the extension-host suite passed');
} catch (e) {
  console.error(`npm run test:vscode: the extension-host suite failed: ${e && e.message ? e.message : e}`);
  code = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
