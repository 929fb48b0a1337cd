#!/usr/bin/env node
// The UI suite: what a person sees in a real VS Code workbench (code-server) driven through
// headless Debian Chromium with playwright-core, with the packaged .vsix installed.
//
//   node tests/e2e/ui.e2e.mjs --vsix newsmark.vsix [--code-server BIN] [--out DIR]
//                             [--chromium PATH] [--timeout S] [--screenshots DIR] [--keep]
//
// On a fresh copy of the seed article it: opens the file, hovers "Zelenskiy" and reads the hover
// widget, opens the Outline and reads the entity groups, opens the Problems panel and reads the
// sourcing diagnostics, applies a "disable" quick fix from the lightbulb menu, saves, and checks
// the file on disk changed. Every wait is on UI state (no fixed sleeps). Screenshots go to
// OUT (hover.png, outline.png, problems.png, quickfix.png); --screenshots DIR copies the first
// three there too (docs/images for the README). On a failure it saves the screen, the visible
// text of the workbench and the code-server/extension-host log tails to OUT/failure-*.
// Exit 0 when every check passed, 1 when the UI showed something else than the spec wants,
// 3 when a wait ran out or a step crashed (worth a retry), 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CodeServer, codeServerDir, launchChromium, makeTmp, makeWorkspace, parseSuiteArgs } from './lib/codeserver.mjs';

const require = createRequire(import.meta.url);
const { SEED } = require('./spec-checks.cjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---- arguments
const { args, vsix, outDir, timeout } = parseSuiteArgs(
  {
    'code-server': process.env.CODE_SERVER || path.join(codeServerDir(), 'bin', 'code-server'),
    out: path.join(root, 'e2e-out', 'ui'),
    chromium: process.env.CHROMIUM || '/usr/bin/chromium',
    timeout: '120', // per wait; 2 shared cores under load can take minutes to start the workbench
  },
  'node tests/e2e/ui.e2e.mjs --vsix newsmark.vsix [--code-server BIN] [--out DIR] [--screenshots DIR] [--timeout S] [--keep]',
);
const article = path.join(root, 'seeds', SEED.file);

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const log = (...a) => console.log(`[ui ${secs()}s]`, ...a);
const failures = [];
let infrastructure = false; // a wait ran out or something crashed (worth one retry), vs a wrong answer
const fail = (msg, { infra = false } = {}) => {
  failures.push(msg);
  if (infra) infrastructure = true;
  console.log(`[ui ${secs()}s] FAIL: ${msg}`);
};
const timings = {};

const tmp = makeTmp('newsmark-ui-');
const cs = new CodeServer({ bin: args['code-server'], tmp, log });
const { folder, file } = makeWorkspace(tmp, article);
// Ctrl+C or CI cancelling: stop code-server's process group (extension host, language server)
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cs.stop();
    process.exit(130);
  });
}

const original = fs.readFileSync(file, 'utf8');
let ctx;
let page;

/** Screenshot into OUT (and into --screenshots DIR when asked). */
async function shot(name, publish = false) {
  const p = path.join(outDir, name);
  await page.screenshot({ path: p });
  if (publish && args.screenshots) {
    fs.mkdirSync(path.resolve(args.screenshots), { recursive: true });
    fs.copyFileSync(p, path.join(path.resolve(args.screenshots), name));
  }
}

/** aria-labels of the rows a list currently renders (VS Code lists are virtual: visible rows only). */
const rowLabels = (selector) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.innerText));

/** Screen position of the first whole-word occurrence of `word` in the editor, or null. */
function wordCentre(word) {
  return page.evaluate((w) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u');
    for (const line of document.querySelectorAll('.editor-group-container .monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode()); ) {
        const m = re.exec(n.data);
        if (m) {
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + w.length);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
    }
    return null;
  }, word);
}

async function openArticle() {
  await page.goto(cs.url(folder));
  await page.waitForSelector('.monaco-workbench .explorer-folders-view .monaco-list-row', { timeout: 2 * timeout });
  timings.workbench = secs();
  log('workbench ready');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(SEED.file);
  // Enter only once the list's first row is the article itself
  await page.waitForFunction(
    (name) => {
      const row = document.querySelector('.quick-input-list .monaco-list-row');
      return !!row && (row.getAttribute('aria-label') || row.textContent || '').includes(name);
    },
    SEED.file,
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    // Monaco renders spaces as U+00A0
    (headline) => [...document.querySelectorAll('.editor-group-container .monaco-editor .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(headline)),
    SEED.headline,
  );
  const mode = page.locator('#status\\.editor\\.mode');
  await page.waitForFunction(() => /News article/.test(document.querySelector('#status\\.editor\\.mode')?.textContent || ''), null, { timeout: 15000 }).catch(() => {});
  const modeText = ((await mode.textContent().catch(() => '')) || '').trim();
  log(`opened ${SEED.file}; language mode: ${modeText}`);
  if (!/News article/.test(modeText)) fail(`language mode is "${modeText}", want "News article"`);
}

async function hoverCheck() {
  // The language server may still be starting: move away and back until a real hover shows.
  let hover = '';
  for (const until = Date.now() + timeout; !hover && Date.now() < until; ) {
    const at = await wordCentre(SEED.hoverWord);
    if (!at) throw new Error(`"${SEED.hoverWord}" is not visible in the editor`);
    await page.mouse.move(5, 5);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    const widget = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
    try {
      await widget.waitFor({ state: 'visible', timeout: 4000 });
      await page.waitForFunction(
        (el) => !!el && el.innerText.trim().length > 0 && !/^Loading/.test(el.innerText.trim()),
        await widget.elementHandle(),
        { timeout: 4000 },
      );
      hover = (await widget.innerText()).replace(/\u00a0/g, ' ').trim(); // plaintext hovers render spaces as &nbsp;
    } catch {
      /* no hover yet */
    }
  }
  timings.hover = secs();
  if (!hover) {
    fail(`no hover on "${SEED.hoverWord}" within ${timeout / 1000}s`, { infra: true });
    return;
  }
  log(`hover on "${SEED.hoverWord}":\n    ${hover.split('\n').join('\n    ')}`);
  await shot('hover.png', true);
  for (const s of [...SEED.hoverStrict, ...SEED.hoverEntity]) if (!hover.includes(s)) fail(`hover lacks "${s}" (spec: entity-types)`);
  for (const re of SEED.hoverCounts) if (!re.test(hover)) fail(`hover does not match ${re} (spec: hover-counts)`);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

async function outlineCheck() {
  // Give the Outline the whole side bar: collapse the folder section, expand the Outline section.
  const folderHeader = page.locator('.pane-header', { hasText: new RegExp(`^${path.basename(folder)}$`, 'i') }).first();
  if ((await folderHeader.getAttribute('aria-expanded').catch(() => null)) === 'true') await folderHeader.click();
  const header = page.locator('.pane-header', { hasText: /^Outline/ }).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const rowsSel = '.outline-pane .monaco-list-row';
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 3, rowsSel, { timeout });
  const top = await rowLabels(rowsSel);
  log(`outline, first rows: ${top.slice(0, 4).join(' | ')}`);
  if (!top[0] || !top[0].includes(SEED.headline)) fail(`the first Outline row should be the headline, got "${top[0]}"`);

  // The Outline sorts by position, so "Entities" (which spans the article) sits near the top.
  // Click it, expand it with the keyboard (Right), and read its groups.
  const entitiesRow = page.locator(`${rowsSel}[aria-label^="Entities"]`).first();
  if (!(await entitiesRow.count())) {
    fail(`no "Entities" row in the Outline; rows: ${top.join(' | ')}`);
    await shot('outline.png', true);
    return;
  }
  await entitiesRow.click();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((sel) => document.querySelector(`${sel}[aria-label^="Entities"]`)?.getAttribute('aria-expanded') === 'true', rowsSel, { timeout: 10000 });
  const all = await rowLabels(rowsSel);
  const groups = [];
  for (const l of all.slice(all.findIndex((l) => /^Entities\b/.test(l)) + 1)) {
    const name = l.replace(/\s*\([^()]*\)$/, '');
    if (!SEED.entityGroups.includes(name)) break; // the next paragraph
    groups.push(name);
  }
  log(`outline entity groups: ${groups.join(', ')}`);
  if (!groups.includes('People')) {
    fail(`no "People" group under Entities: ${groups.join(', ')}`);
    await shot('outline.png', true);
    return;
  }
  // expand People
  await page.locator(`${rowsSel}[aria-label^="People"]`).first().click();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((sel) => document.querySelector(`${sel}[aria-label^="People"]`)?.getAttribute('aria-expanded') === 'true', rowsSel, { timeout: 10000 });
  const withPeople = await rowLabels(rowsSel);
  const from = withPeople.findIndex((l) => /^People\b/.test(l));
  const people = [];
  for (const l of withPeople.slice(from + 1)) {
    const name = l.replace(/\s*\([^()]*\)$/, '');
    if (SEED.entityGroups.includes(name)) break; // the next group
    people.push(name);
  }
  log(`outline People: ${people.join(', ')}`);
  for (const p of SEED.entities.People) if (!people.includes(p)) fail(`the Outline's People lack "${p}" (spec: entity-types)`);
  timings.outline = secs();
  await shot('outline.png', true);
}

// A marker row's aria-label starts with its severity ("Warning: ..."); file rows and
// related-information rows ("The statistic this source is given for: ...") do not.
const MARKER = '.markers-panel .monaco-list-row[aria-label^="Error:"], .markers-panel .monaco-list-row[aria-label^="Warning:"], .markers-panel .monaco-list-row[aria-label^="Info:"], .markers-panel .monaco-list-row[aria-label^="Hint:"]';
const SEVERITY_LABEL = { Error: 'Error', Warning: 'Warning', Info: 'Information', Hint: 'Hint' };

/** Marker rows of the Problems panel: severity, aria-label and the row's visible text (which shows the code). */
async function markerRows() {
  return page.locator(MARKER).evaluateAll((els) =>
    els.map((e) => ({ label: e.getAttribute('aria-label') || '', text: (e.innerText || '').replace(/\s+/g, ' ').trim() })),
  );
}

async function problemsCheck() {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible' });
  const want = Object.values(SEED.diagnostics).reduce((n, l) => n + l.length, 0);
  // wait for the spec's count of markers (what is there after the wait is reported either way)
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length >= n, [MARKER, want], { timeout }).catch(() => {});
  const markers = await markerRows();
  timings.problems = secs();
  log(`problems (${markers.length}):\n    ${markers.map((m) => m.text).join('\n    ')}`);
  await shot('problems.png', true);
  // the row shows the source and code as "newsmark(vague-source)" (innerText: "newsmark vague-source")
  const codeOf = (m) => (m.text.match(/\bnewsmark\W+([a-z]+(?:-[a-z]+)+)/) || [])[1] || '?';
  if (markers.length !== want) fail(`Problems lists ${markers.length} diagnostics, the spec wants ${want} (spec: diagnostics)`);
  for (const [code, phrases] of Object.entries(SEED.diagnostics)) {
    const got = markers.filter((m) => codeOf(m) === code);
    if (got.length !== phrases.length) fail(`${got.length} ${code} in Problems, want ${phrases.length} (spec: diagnostics)`);
    for (const m of got) {
      const sev = SEVERITY_LABEL[m.label.split(':')[0]];
      if (sev !== SEED.severities[code]) fail(`${code} shows as ${sev}, want ${SEED.severities[code]}: ${m.text}`);
    }
  }
  for (const m of markers) if (!(codeOf(m) in SEED.diagnostics)) fail(`unexpected problem (code ${codeOf(m)}): ${m.text}`);
  return markers;
}

async function quickFixCheck(markers) {
  if (!markers.length) {
    fail('no diagnostic to apply a quick fix to');
    return;
  }
  const before = markers.length;
  // Selecting a marker and pressing Enter puts the cursor on the diagnostic's range in the editor;
  // Ctrl+. then opens the code-action menu (the lightbulb's list). When the menu does not open
  // (focus taken by a notification) or answers "No code actions" (asked before the editor moved),
  // the marker is selected again and the menu asked once more (one retry), each a wait
  // on the menu's state.
  const menuRows = '.action-widget .monaco-list-row';
  let opened = false;
  for (let attempt = 0; attempt < 2 && !opened; attempt++) {
    if (attempt > 0) {
      log(`no code-action menu yet (attempt ${attempt}); selecting the marker again`);
      await page.keyboard.press('Escape');
    }
    await page.locator(MARKER).first().click();
    await page.keyboard.press('Enter');
    const focused = await page
      .waitForFunction(() => document.activeElement?.closest('.monaco-editor') != null, null, { timeout: 10000 })
      .then(() => true, () => false);
    if (!focused) {
      log(`the editor did not take focus within 10 s (attempt ${attempt + 1})`);
      continue; // no menu to ask for: the next attempt, or the failure below
    }
    await page.keyboard.press('Control+.');
    const state = await page
      .waitForFunction(
        (sel) => {
          const rows = [...document.querySelectorAll(sel)].map((r) => r.textContent || '');
          if (rows.some((t) => !/No code actions|Loading/i.test(t))) return 'actions';
          const hint = [...document.querySelectorAll('.monaco-editor .contentWidgets, .action-widget')].map((e) => e.textContent || '').join(' ');
          return /No code actions/i.test(hint) ? 'none' : false;
        },
        menuRows,
        { timeout: 10000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => 'timeout');
    opened = state === 'actions';
  }
  const items = opened ? await page.locator(menuRows).evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim())) : [];
  log(`code actions at "${markers[0].text.slice(0, 60)}…": ${items.join(' | ') || '(none)'}`);
  if (!opened) {
    const shown = await page.locator('.action-widget, .monaco-editor .contentWidgets').first().innerText().catch(() => '');
    fail(`no quick fix offered on the first diagnostic (spec: code-actions)${shown ? `; the editor showed: ${shown.trim()}` : ''}`);
    await page.keyboard.press('Escape');
    return;
  }
  const index = items.findIndex((t) => /disable/i.test(t));
  if (index < 0) fail(`no "disable" quick fix among: ${items.join(' | ')} (spec: code-actions)`);
  const choice = index >= 0 ? index : items.findIndex((t) => t.length > 0);
  await page.locator(menuRows).nth(choice).click();
  await shot('quickfix.png');
  const dirty = await page
    .waitForFunction(() => !!document.querySelector('.tab.active.dirty, .tab.active .dirty'), null, { timeout: 10000 })
    .then(() => true, () => false);
  if (!dirty) {
    fail(`applying "${items[choice]}" left the editor unmodified (no dirty tab within 10 s)`, { infra: true });
    return;
  }
  await page.keyboard.press('Control+S');
  // wait for the file on disk to change (polling the disk is a wait on state, not a sleep)
  let onDisk = original;
  for (const until = Date.now() + 15000; Date.now() < until && onDisk === original; ) {
    await page.waitForTimeout(200);
    onDisk = fs.readFileSync(file, 'utf8');
  }
  if (onDisk === original) {
    fail(`applying "${items[choice]}" and saving did not change ${SEED.file} on disk`);
    return;
  }
  const added = onDisk.split('\n').filter((l) => !original.split('\n').includes(l));
  log(`applied "${items[choice]}"; saved; the file on disk gained: ${added.map((l) => JSON.stringify(l)).join(', ') || '(edits inside lines)'}`);
  if (index >= 0 && !/newsmark-disable/.test(onDisk)) fail('the disable quick fix wrote no newsmark-disable comment');
  // the silenced diagnostic leaves the Problems panel
  const fewer = await page
    .waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n - 1, [MARKER, before], { timeout: 15000 })
    .then(() => true)
    .catch(() => false);
  const after = await markerRows();
  log(`problems after the fix: ${after.length}`);
  if (index >= 0 && !fewer) fail(`Problems still lists ${after.length} diagnostics after the disable fix, want ${before - 1}`);
  timings.quickfix = secs();
}

async function failureReport(reason) {
  if (!page) return;
  const stamp = `failure-${Date.now()}`;
  await page.screenshot({ path: path.join(outDir, `${stamp}.png`) }).catch(() => {});
  const text = await page.evaluate(() => document.body.innerText).catch(() => '');
  fs.writeFileSync(path.join(outDir, `${stamp}.txt`), `${reason}\n\n--- visible text of the workbench:\n${text}\n\n${cs.diagnosticsDump()}\n`);
  console.log(`[ui] what the workbench showed (visible text, first 60 lines):\n    ${text.split('\n').filter((l) => l.trim()).slice(0, 60).join('\n    ')}`);
  console.log(`[ui] saved ${path.join(outDir, `${stamp}.png`)} and .txt`);
}

try {
  if (!fs.existsSync(vsix)) throw new Error(`no ${vsix}: run npm run package`);
  const t = Date.now();
  const id = cs.installVsix(vsix);
  timings.install = ((Date.now() - t) / 1000).toFixed(1);
  log(`installed ${id} from ${path.basename(vsix)} in ${timings.install}s`);
  await cs.start();
  ({ ctx, page } = await launchChromium({ chromiumPath: args.chromium, profileDir: path.join(tmp, 'chromium-profile'), timeoutMs: timeout }));
  await openArticle();
  await hoverCheck();
  await outlineCheck();
  const markers = await problemsCheck();
  await quickFixCheck(markers);
  const act = cs.activationLine();
  if (act) log(`activation: ${act}`);
  else fail('the extension host never activated newsmark.newsmark');
} catch (e) {
  fail(e && e.stack ? e.stack.split('\n').slice(0, 3).join('\n') : String(e), { infra: true });
}

if (failures.length) {
  await failureReport(failures.join('\n'));
  console.log(cs.diagnosticsDump());
}
if (ctx) await ctx.close().catch(() => {});
cs.stop();
if (args.keep) log(`kept ${tmp}`);
else fs.rmSync(tmp, { recursive: true, force: true });
log(`timings (s since start): ${JSON.stringify(timings)}`);
log(failures.length ? `RESULT: ${failures.length} failure(s)` : 'RESULT: ok');
// exit 1: the editor showed something the spec does not want (a retry would see it again);
// exit 3: a wait ran out or a step crashed (the runner retries once)
process.exit(failures.length ? (infrastructure ? 3 : 1) : 0);
