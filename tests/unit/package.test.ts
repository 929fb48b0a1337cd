import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

describe('the .vsix contents', () => {
  it('holds only the bundles, grammar, manifest, README, LICENSE and model files', () => {
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = r.stdout.trim().split('\n').sort();
    const allowed = /^(package\.json|language-configuration\.json|README\.md|LICENSE|syntaxes\/news\.tmLanguage\.json|dist\/(client|server)\.js|dist\/models\/[\w.-]+|docs\/images\/(hover|outline|problems)\.png)$/;
    for (const f of files) expect(f).toMatch(allowed);
    // The offline knowledge the entity hover and linker read (countries, places, organizations).
    for (const needed of ['dist/models/knowledge-countries.json', 'dist/models/knowledge-cities.tsv']) expect(files).toContain(needed);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'syntaxes/news.tmLanguage.json', 'dist/client.js', 'dist/server.js']) {
      expect(files).toContain(needed);
    }
  });
});
