import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Neovim as a second, real LSP client: proves the server works outside VS Code (push
 * diagnostics, hover, document symbols over stdio). CI installs Debian's neovim and sets
 * NEWSMARK_REQUIRE_NVIM=1, so there the test cannot be skipped; elsewhere it runs when
 * `nvim` is on the PATH.
 */
const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'seeds', 'seed-article.news');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const required = process.env.NEWSMARK_REQUIRE_NVIM === '1';

describe('Neovim as an LSP client', () => {
  it('is installed where CI requires it', () => {
    if (required) expect(hasNvim, 'nvim is not on the PATH; .ci/run installs Debian neovim').toBe(true);
  });

  it.skipIf(!hasNvim)('gets diagnostics, a hover on Zelenskiy and the outline from dist/server.js', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith('Zelenskiy said the North Korean'));
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(__dirname, 'neovim-client.lua')}`], {
      env: { ...process.env, NM_FILE: SEED, NM_SERVER: join(ROOT, 'dist', 'server.js'), NM_LINE: String(line), NM_COL: '3' },
      encoding: 'utf8',
      timeout: 30000,
    });
    const out = (r.stdout + r.stderr).split('\n').find((l) => l.startsWith('{'));
    expect(out, `nvim printed: ${r.stdout}\n${r.stderr}`).toBeDefined();
    const result = JSON.parse(out as string) as { error?: string; diagnostics: { code: string }[]; hover: string; symbols: string[] };
    expect(result.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(Array.isArray(result.diagnostics)).toBe(true);
    expect(result.hover).toContain('Zelenskiy');
    expect(result.symbols[0]).toBe('Russia deploying more North Korean troops: Zelenskiy');
    expect(result.symbols).toContain('Entities');
  });
});

/**
 * The README's Neovim recipe, exactly as written (only the server path filled in), with a `.txt`
 * article (filetype `text`, which the server reads as plain text) and a `.news` one.
 */
describe("the README's Neovim recipe", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const recipe = /## Other editors[\s\S]*?```lua\n([\s\S]*?)```/.exec(readme)?.[1];

  it('is in the README', () => {
    expect(recipe).toContain("pattern = { 'news', 'markdown', 'text' }");
  });

  it.skipIf(!hasNvim).each([
    ['harbour.txt', 'text'],
    ['harbour.news', 'news'],
  ])('attaches the server to %s (filetype %s) and shows its diagnostics', (name, filetype) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-nvim-'));
    try {
      const init = join(dir, 'init.lua');
      writeFileSync(init, (recipe ?? '').replace('/path/to/newsmark/dist/server.js', join(ROOT, 'dist', 'server.js')));
      const article = join(dir, name);
      writeFileSync(article, 'Harbour trade grows\n\nThe harbour handled 40,000 containers last year, up 12% on the year before.\n');
      const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, '-c', `luafile ${join(__dirname, 'neovim-recipe.lua')}`, article], {
        encoding: 'utf8',
        timeout: 30000,
      });
      const out = (r.stdout + r.stderr).split('\n').find((l) => l.startsWith('{'));
      expect(out, `nvim printed: ${r.stdout}\n${r.stderr}`).toBeDefined();
      const result = JSON.parse(out as string) as { error?: string; filetype: string; codes: string[] };
      expect(result.error).toBeUndefined();
      expect(result.filetype).toBe(filetype);
      expect(result.codes).toContain('unsourced-statistic');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
