import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

describe('the .vsix contents', () => {
  it('holds only the bundles, grammar, manifest, README, LICENSE, model files, icon and walkthrough', () => {
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = r.stdout.trim().split('\n').sort();
    const allowed = /^(package\.json|language-configuration\.json|README\.md|LICENSE|syntaxes\/news\.tmLanguage\.json|dist\/(client|server)\.js|dist\/models\/[\w.-]+|docs\/images\/(hover|outline|problems)\.png|media\/icon\.png|media\/walkthrough\/[\w-]+\.md)$/;
    for (const f of files) expect(f).toMatch(allowed);
    // The offline knowledge the entity hover and linker read (countries, places, organizations).
    for (const needed of ['dist/models/knowledge-countries.json', 'dist/models/knowledge-cities.tsv']) expect(files).toContain(needed);
    // The development notes stay out: the Extensions page is the user-facing README.
    expect(files).not.toContain('DEVELOPMENT.md');
    for (const needed of ['media/icon.png', 'media/walkthrough/open.md', 'docs/images/hover.png']) expect(files).toContain(needed);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'syntaxes/news.tmLanguage.json', 'dist/client.js', 'dist/server.js']) {
      expect(files).toContain(needed);
    }
  });
});

describe('the bundles', () => {
  it('keep regex literals as written: no `new RegExp` rebuilt at each evaluation for a Unicode property escape', () => {
    // esbuild's node targets rewrite `/\p{Lu}/u` as `new RegExp(...)` (esbuild.mjs says why the
    // target is a language level); the rewritten form costs about four times as much per use.
    for (const bundle of ['dist/server.js', 'dist/cli.js']) {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      expect(code.match(/new RegExp\("[^"]*\\\\p\{/g) ?? [], bundle).toEqual([]);
      // The shipped code does use property escapes, as literals.
      expect(code).toMatch(/\/\^\\p\{Lu\}/);
    }
  });
});
