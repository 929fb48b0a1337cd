import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../server/src/features/diagnostics';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { DEFAULT_SETTINGS, normalizeSettings, type NewsmarkSettings } from '../../server/src/features/settings';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const SRC = join(ROOT, 'server', 'src');

/**
 * Every module a source file imports (`import ... from`, `export ... from`, `import()`,
 * `require()`, `import x = require()`): relative ones as paths under server/src
 * (`core/article`, `lsp/protocol`), packages and Node built-ins as written (`node:fs`, `vscode`).
 */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const specs = [...src.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('.') ? relative(SRC, resolve(dirname(file), s)).split('\\').join('/') : s));
}

/** Files of a folder under server/src, with the imports that break the rule `bad`. */
function violations(folder: string, bad: (spec: string, file: string) => boolean): string[] {
  return files(join(SRC, folder)).flatMap((f) =>
    importsOf(f)
      .filter((spec) => bad(spec, relative(SRC, f).split('\\').join('/')))
      .map((spec) => `${relative(SRC, f)} imports ${spec}`),
  );
}

const under = (...folders: string[]) => (spec: string) => folders.some((d) => spec === d || spec.startsWith(`${d}/`));
const LSP_PACKAGES = /^vscode(-languageserver[^/]*|-languageclient)?(\/|$)/;
/** Node modules that touch files, processes, the network or threads. */
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads|dgram|readline)$/;
/** The one core module that reads files: the read-only model and knowledge data shipped with Newsmark, loaded lazily. */
const CORE_DATA_LOADER = 'core/modelFiles.ts';

describe('project invariants', () => {
  it('reads the imports of a source file, relative ones as paths under server/src', () => {
    expect(importsOf(join(SRC, 'lsp', 'protocol.ts'))).toContain('vscode-languageserver/node');
    expect(importsOf(join(SRC, 'lsp', 'server.ts'))).toEqual(expect.arrayContaining(['lsp/protocol', 'vscode-languageserver-textdocument', 'features/settings']));
    expect(importsOf(join(SRC, 'core', 'modelFiles.ts'))).toContain('node:fs');
    expect(importsOf(join(SRC, 'cli', 'batch.ts'))).toEqual(expect.arrayContaining(['core/analyze', 'workspace/articleFiles']));
  });

  it('core/ only analyses: no LSP, no file I/O, nothing from lsp/, cli/, features/ or workspace/', () => {
    expect(violations('core', under('lsp', 'cli', 'features', 'workspace', 'client'))).toEqual([]);
    expect(violations('core', (spec) => LSP_PACKAGES.test(spec))).toEqual([]);
    expect(violations('core', (spec, file) => IO_MODULES.test(spec) && file !== CORE_DATA_LOADER)).toEqual([]);
  });

  it('features/ is a pure language service: no LSP types, no file I/O, nothing from lsp/, cli/ or workspace/', () => {
    expect(violations('features', under('lsp', 'cli', 'workspace', 'client'))).toEqual([]);
    expect(violations('features', (spec) => LSP_PACKAGES.test(spec))).toEqual([]);
    expect(violations('features', (spec) => IO_MODULES.test(spec))).toEqual([]);
  });

  it('workspace/ uses no LSP and nothing from lsp/ or cli/; lsp/ does not import cli/; cli/ does not import lsp/', () => {
    expect(violations('workspace', under('lsp', 'cli', 'client'))).toEqual([]);
    expect(violations('workspace', (spec) => LSP_PACKAGES.test(spec))).toEqual([]);
    expect(violations('lsp', under('cli', 'client'))).toEqual([]);
    expect(violations('cli', under('lsp', 'client'))).toEqual([]);
    expect(violations('cli', (spec) => LSP_PACKAGES.test(spec))).toEqual([]);
  });

  it('the VS Code client imports nothing from the server: it talks to it over LSP', () => {
    const client = files(join(ROOT, 'client', 'src'));
    expect(client.length).toBeGreaterThan(0);
    // Relative imports come back as paths from server/src: inside it they do not start with `..`.
    const bad = client.flatMap((f) => importsOf(f).filter((spec) => /^(core|features|workspace|lsp|cli)\/|^(server|cli|boot)$/.test(spec)));
    expect(bad).toEqual([]);
  });

  it('settings in package.json and the typed defaults match both ways', () => {
    const props: Record<string, { default: unknown; enum?: unknown[]; properties?: Record<string, { default: unknown; enum: unknown[] }> }> =
      pkg.contributes.configuration.properties;
    // newsmark.trace.server is read by the client's LanguageClient, not by the server.
    const declared = Object.keys(props).filter((k) => k !== 'newsmark.trace.server');
    expect(declared.sort()).toEqual(Object.keys(DEFAULT_SETTINGS).map((k) => `newsmark.${k}`).sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) expect(props[`newsmark.${key}`].default, key).toEqual(value);
    expect(props['newsmark.trace.server']).toBeDefined();
    // Every value the manifest offers is one the server takes (normalizeSettings keeps it) ...
    for (const [key, p] of Object.entries(props)) {
      const name = key.slice('newsmark.'.length) as keyof NewsmarkSettings;
      for (const v of p.enum ?? []) if (name in DEFAULT_SETTINGS) expect(normalizeSettings({ [name]: v })[name], `${key}=${String(v)}`).toEqual(v);
    }
    // ... and each diagnostic code has its severity setting, with the server's default.
    const severity = props['newsmark.severity'].properties ?? {};
    expect(Object.keys(severity).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    for (const code of DIAGNOSTIC_CODES) {
      expect(severity[code].default, code).toBe(DEFAULT_SETTINGS.severity[code]);
      for (const level of severity[code].enum) expect(normalizeSettings({ severity: { [code]: level } }).severity[code]).toBe(level);
    }
  });

  it('the semantic-token legend matches the token types and modifiers the manifest declares', () => {
    const types: { id: string }[] = pkg.contributes.semanticTokenTypes ?? [];
    expect(types.map((t) => t.id).sort()).toEqual([...TOKEN_TYPES].sort());
    const modifiers: { id: string }[] = pkg.contributes.semanticTokenModifiers ?? [];
    // Modifiers VS Code predefines (`declaration`) need no contribution; any the manifest adds must be in the legend.
    for (const m of modifiers) expect(TOKEN_MODIFIERS).toContain(m.id);
    const scopes: { scopes: Record<string, string[]> }[] = pkg.contributes.semanticTokenScopes ?? [];
    for (const t of TOKEN_TYPES) expect(scopes.some((s) => t in s.scopes), `TextMate fallback for ${t}`).toBe(true);
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
