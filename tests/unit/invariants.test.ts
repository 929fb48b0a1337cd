import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('project invariants', () => {
  it('the analysis core imports nothing from the LSP layer or vscode', () => {
    for (const f of files(join(ROOT, 'server', 'src', 'core'))) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from ['"](vscode[^'"]*|\.\.\/lsp[^'"]*|\.\.\/\.\.\/lsp[^'"]*)['"]/);
    }
  });

  it('settings declared in package.json match the typed defaults', () => {
    const props = pkg.contributes.configuration.properties;
    expect(props['newsmark.languages'].default).toEqual(DEFAULT_SETTINGS.languages);
    expect(props['newsmark.articleDate'].default).toBe(DEFAULT_SETTINGS.articleDate);
    expect(props['newsmark.dateOrder'].default).toBe(DEFAULT_SETTINGS.dateOrder);
    expect(props['newsmark.severity'].default).toEqual(DEFAULT_SETTINGS.severity);
    expect(props['newsmark.maxFileSizeMB'].default).toBe(DEFAULT_SETTINGS.maxFileSizeMB);
    expect(props['newsmark.trace.server']).toBeDefined();
  });

  it('the manifest activates on every analyzed language and names the bundles', () => {
    for (const l of DEFAULT_SETTINGS.languages) expect(pkg.activationEvents).toContain(`onLanguage:${l}`);
    expect(pkg.main).toBe('./dist/client.js');
    expect(pkg.bin.newsmark).toBe('./dist/cli.js');
    expect(pkg.contributes.languages[0]).toMatchObject({ id: 'news', extensions: ['.news', '.article'] });
    expect(pkg.contributes.grammars[0]).toMatchObject({ language: 'news', scopeName: 'text.news' });
  });

  it('the word pattern keeps possessives and numbers with separators whole', () => {
    const conf = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
    const re = new RegExp(conf.wordPattern.pattern, `${conf.wordPattern.flags}g`);
    expect("Zelenskiy's troops".match(re)).toEqual(["Zelenskiy's", 'troops']);
    expect('more than 10,000 people'.match(re)).toEqual(['more', 'than', '10,000', 'people']);
  });
});
