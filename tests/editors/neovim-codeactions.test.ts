import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Neovim applies Newsmark's quick fixes with its own LSP client (its own capabilities and its
 * own workspace-edit code), on the seed article in a buffer that is never saved. Runs when
 * `nvim` is on the PATH (CI installs it and sets NEWSMARK_REQUIRE_NVIM=1).
 */
const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'seeds', 'seed-article.news');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

describe('Neovim applies quick fixes', () => {
  it.skipIf(!hasNvim && process.env.NEWSMARK_REQUIRE_NVIM !== '1')('adds an attribution and a disable comment, and the diagnostics follow', () => {
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(__dirname, 'neovim-codeactions.lua')}`], {
      env: { ...process.env, NM_FILE: SEED, NM_SERVER: join(ROOT, 'dist', 'server.js') },
      encoding: 'utf8',
      timeout: 30000,
    });
    const out = (r.stdout + r.stderr).split('\n').find((l) => l.startsWith('{'));
    expect(out, `nvim printed: ${r.stdout}\n${r.stderr}`).toBeDefined();
    const result = JSON.parse(out as string) as {
      error?: string;
      titles: string[];
      attributed: string;
      comment: string;
      before: number;
      remaining: number;
    };
    expect(result.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(result.titles).toEqual([
      'Add attribution',
      'Cite with a footnote',
      'Disable unsourced-statistic for this line',
      'Disable unsourced-statistic for this file',
    ]);
    expect(result.attributed).toBe(
      "Ukraine is on the back foot on the battlefield as Russian troops advance at their fastest pace since the early days of Moscow's invasion in February 2022, <source> said.",
    );
    expect(result.comment).toBe('<!-- newsmark-disable-next-line unsourced-statistic -->');
    expect(result.remaining).toBe(result.before - 1);
  });
});
