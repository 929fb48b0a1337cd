// extensionTestsPath of the Newsmark extension-host suite: runs the mocha specs beside this file
// inside VS Code's extension host, where require('vscode') is the real API.
//
// Loaded by @vscode/test-electron (npm run test:vscode, needs a VS Code download) or by
// code-server's extension host in tests mode (npm run test:e2e, scripts/test-e2e.mjs): both
// call run() and take a rejection as failure.
//
// Environment (optional): NEWSMARK_E2E_FILE the article to open (default: seed-article.news in
// the first workspace folder), NEWSMARK_E2E_RESULTS a JSON file to write the results to,
// NEWSMARK_E2E_GREP run only the tests whose title matches, plus the spec switches of
// tests/e2e/spec-checks.cjs.
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');

exports.run = function run() {
  // mocha logs printf-style ("%s %s", title, ...); format here so that hosts which forward
  // console output as text (code-server's browser console) show plain lines
  const log = console.log;
  console.log = (...a) => log(util.format(...a));
  // required only now: mocha's reporters keep the console.log they see when they load
  const Mocha = require('mocha');
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.NEWSMARK_E2E_TEST_TIMEOUT_MS || 90000), // 2 busy cores: generous
    slow: 10000,
    ...(process.env.NEWSMARK_E2E_GREP ? { grep: process.env.NEWSMARK_E2E_GREP } : {}),
  });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.spec.cjs')).sort()) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    const results = [];
    const runner = mocha.run((failures) => {
      console.log = log;
      const out = process.env.NEWSMARK_E2E_RESULTS;
      if (out) {
        try {
          fs.writeFileSync(out, JSON.stringify({ failures, tests: results }, null, 2));
        } catch (e) {
          console.log(`could not write ${out}: ${e.message}`);
        }
      }
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    const record = (state) => (test, err) => results.push({ title: test.fullTitle(), state, ...(err ? { error: err.message } : {}) });
    runner.on('pass', record('passed'));
    runner.on('fail', record('failed'));
    runner.on('pending', record('pending'));
  });
};
