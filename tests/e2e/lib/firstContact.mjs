// First-contact checks of the UI suite (issue 17): what a new user with VS Code's default
// settings sees. Each takes the suite's page and helpers; every wait is on UI state.
//   wrapCheck         .news prose wraps (configurationDefaults [news] editor.wordWrap)
//   statusCheck       the status-bar item shows the article's issues and entities
//   reportCheck       clicking it opens the report read-only, not analysed, closed without a prompt
//   walkthroughCheck  the getting-started walkthrough opens with its steps

const ACTIVE_EDITOR = '.editor-group-container.active .monaco-editor';

/** The widest rendered text line of the active editor against the editor's own right edge. */
function lineExtent(page) {
  return page.evaluate((sel) => {
    const ed = document.querySelector(sel);
    if (!ed) return null;
    const area = (ed.querySelector('.lines-content')?.parentElement ?? ed).getBoundingClientRect();
    let widest = 0;
    let longest = 0;
    for (const line of ed.querySelectorAll('.view-line')) {
      const span = line.firstElementChild;
      if (!span) continue;
      widest = Math.max(widest, span.getBoundingClientRect().right);
      longest = Math.max(longest, (span.textContent || '').length);
    }
    return { right: area.right, widest, longest, lines: ed.querySelectorAll('.view-line').length };
  }, ACTIVE_EDITOR);
}

export async function wrapCheck({ page, log, fail }) {
  const e = await lineExtent(page);
  if (!e) return fail('no active editor to check word wrap in');
  log(`word wrap: widest line ends at x=${e.widest.toFixed(0)}, editor ends at x=${e.right.toFixed(0)} (${e.lines} view lines, longest ${e.longest} chars)`);
  if (e.widest > e.right + 2) fail(`.news prose runs past the editor's edge (x=${e.widest.toFixed(0)} > ${e.right.toFixed(0)}): no word wrap with default settings`);
}

const STATUS = '.statusbar-item';

/** The Newsmark status-bar item once it shows `want` issues; returns its text. */
export async function statusCheck({ page, log, fail, timeout }, want) {
  const wantText = want === 0 ? /no sourcing issues/ : new RegExp(`\\b${want} issues?\\b`);
  const text = await page
    .waitForFunction(
      ([sel, src]) => {
        const re = new RegExp(src);
        const item = [...document.querySelectorAll(sel)].find((e) => /Newsmark:/.test(e.textContent || ''));
        const t = (item?.textContent || '').trim();
        return re.test(t) && /\d+ entit/.test(t) ? t : false;
      },
      [STATUS, wantText.source],
      { timeout },
    )
    .then((h) => h.jsonValue())
    .catch(() => null);
  if (!text) {
    const shown = await page.locator(STATUS).evaluateAll((els) => els.map((e) => (e.textContent || '').trim()).filter(Boolean));
    fail(`no Newsmark status-bar item saying ${wantText} and the entity count; the status bar shows: ${shown.join(' | ')}`);
    return null;
  }
  log(`status bar: ${text}`);
  return text;
}

/** The labels of the open editor tabs. */
const tabLabels = (page) => page.locator('.tabs-container .tab').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent || ''));

/** Runs a command from the Command Palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.waitForFunction(
    (t) => (document.querySelector('.quick-input-list .monaco-list-row')?.textContent || '').includes(t),
    title,
    { timeout: 15000 },
  );
  await page.keyboard.press('Enter');
}

/**
 * Opens the report (`via` the Command Palette, as the issue did, or the status-bar item) and
 * checks it is read-only, not analysed, and closes without a prompt.
 */
export async function reportCheck({ page, log, fail, shot, timeout, markerCount }, articleName, via) {
  const before = await markerCount();
  if (via === 'palette') await runCommand(page, 'Newsmark: Show Article Report');
  else await page.locator(STATUS, { hasText: 'Newsmark:' }).first().click({ timeout });
  const opened = await page
    .waitForFunction(
      // Monaco renders spaces as U+00A0
      (sel) => [...document.querySelectorAll(`${sel} .view-line`)].some((l) => /# Newsmark report/.test((l.textContent || '').replace(/\u00a0/g, ' '))),
      ACTIVE_EDITOR,
      { timeout },
    )
    .then(() => true)
    .catch(() => false);
  const tabs = await tabLabels(page);
  log(`after opening the report from the ${via}, tabs: ${tabs.join(' | ')}`);
  if (!opened) return fail(`the ${via} did not open the article report`);
  await shot(`report-${via}.png`);
  const reportTab = tabs.find((t) => t.includes(`Report - ${articleName}`));
  if (!reportTab) fail(`no "Report - ${articleName}" tab: ${tabs.join(' | ')}`);
  if (tabs.some((t) => /Untitled/i.test(t))) fail(`the report opened as an untitled document: ${tabs.join(' | ')}`);

  // Read-only: typing changes nothing and marks nothing dirty.
  const firstLine = () => page.locator(`${ACTIVE_EDITOR} .view-line`).first().textContent();
  const was = await firstLine();
  await page.locator(`${ACTIVE_EDITOR} .view-lines`).click();
  await page.keyboard.type('xyz');
  const now = await firstLine();
  const dirty = await page.locator('.tab.active.dirty').count();
  if (now !== was || dirty > 0) fail(`the report can be edited (first line "${was}" became "${now}", dirty tabs ${dirty})`);

  // Not analysed: the Problems panel keeps the article's count (a wait that must run out).
  const grew = await page
    .waitForFunction(([sel, n]) => document.querySelectorAll(sel).length !== n, [markerSelector(), before], { timeout: 8000 })
    .then(() => true)
    .catch(() => false);
  const after = await markerCount();
  log(`problems with the report open: ${after} (before: ${before})`);
  if (grew || after !== before) fail(`opening the report changed the Problems panel from ${before} to ${after} entries: the report was analysed`);

  // Closing asks nothing.
  await page.keyboard.press('Control+W');
  const closed = await page
    .waitForFunction(() => ![...document.querySelectorAll('.tabs-container .tab')].some((t) => /Report - /.test(t.getAttribute('aria-label') || '')), null, { timeout: 10000 })
    .then(() => true)
    .catch(() => false);
  const dialog = await page.locator('.monaco-dialog-box').count();
  if (dialog > 0) {
    fail(`closing the report asked: ${(await page.locator('.monaco-dialog-box').innerText()).replace(/\s+/g, ' ')}`);
    await page.keyboard.press('Escape');
  } else if (!closed) fail('the report tab did not close');
}

/** The Problems panel's marker rows (see ui.e2e.mjs MARKER). */
export function markerSelector() {
  return ['Error:', 'Warning:', 'Info:', 'Hint:'].map((s) => `.markers-panel .monaco-list-row[aria-label^="${s}"]`).join(', ');
}

export async function walkthroughCheck({ page, log, fail, shot, timeout }) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>Welcome: Open Walkthrough');
  const pickRow = '.quick-input-list .monaco-list-row';
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((r) => /Open Walkthrough/.test(r.textContent || '')), pickRow, { timeout: 15000 });
  await page.keyboard.press('Enter');
  // The walkthrough picker lists every walkthrough; ours by its title.
  await input.fill('Newsmark');
  const listed = await page
    .waitForFunction((sel) => [...document.querySelectorAll(sel)].some((r) => /Get started with Newsmark/.test(r.textContent || '')), pickRow, { timeout: 15000 })
    .then(() => true)
    .catch(() => false);
  if (!listed) {
    const rows = await page.locator(pickRow).evaluateAll((els) => els.map((e) => (e.textContent || '').trim()));
    await page.keyboard.press('Escape');
    return fail(`no "Get started with Newsmark" walkthrough; the picker lists: ${rows.join(' | ')}`);
  }
  await page.keyboard.press('Enter');
  const steps = await page
    .waitForFunction(
      () => {
        const page = document.querySelector('.gettingStartedContainer');
        const text = page?.textContent || '';
        if (!/Get started with Newsmark/.test(text)) return false;
        return [...page.querySelectorAll('.getting-started-step h3, .getting-started-step .step-title')].map((h) => (h.textContent || '').trim());
      },
      null,
      { timeout },
    )
    .then((h) => h.jsonValue())
    .catch(() => null);
  if (!steps) return fail('the Newsmark walkthrough did not open');
  log(`walkthrough steps: ${steps.join(' | ')}`);
  await shot('walkthrough.png');
  for (const want of ['Open an article', 'Hover a name or a number', 'Find the unsourced claims', 'Read the article report']) {
    if (!steps.some((s) => s.includes(want))) fail(`the walkthrough lacks the step "${want}"`);
  }
}
