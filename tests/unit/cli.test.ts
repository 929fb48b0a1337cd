import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'seeds', 'seed-article.news');

function run(args: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, (s) => (out += s), (s) => (err += s), () => stdin);
  return { code, out, err };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
}

describe('newsmark check', () => {
  it('prints compiler-style lines and exits 0 when there are only warnings', () => {
    const dir = tmp();
    const f = join(dir, 'a.news');
    writeFileSync(f, 'Headline\n\nAna Ramos said "we will build it.\n');
    const r = run(['check', f]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${f}:3:16 warning unbalanced-quote ${r.out.split('unbalanced-quote ')[1]}`);
    expect(r.err).toContain('1 file checked, 1 diagnostic');
  });

  it('exits 1 when a diagnostic has error severity', () => {
    const dir = tmp();
    const f = join(dir, 'a.news');
    writeFileSync(f, 'Headline\n\nAna Ramos said "we will build it.\n');
    expect(run(['check', f, '--severity', 'unbalanced-quote=error']).code).toBe(1);
    expect(run(['check', f, '--severity=unbalanced-quote=off']).out).toBe('');
  });

  it('writes JSON with LSP ranges in UTF-16 units and string offsets', () => {
    const dir = tmp();
    const f = join(dir, 'a.news');
    const text = 'Headline\n\n🎉 Ana Ramos said "we will build it.\n';
    writeFileSync(f, text);
    const r = run(['check', f, '--format', 'json']);
    const json = JSON.parse(r.out) as { files: { path: string; diagnostics: { code: string; range: unknown; offset: { start: number; end: number } }[] }[] };
    const d = json.files[0].diagnostics[0];
    expect(json.files[0].path).toBe(f);
    expect(d.code).toBe('unbalanced-quote');
    expect(d.offset).toEqual({ start: text.indexOf('"'), end: text.indexOf('"') + 1 });
    expect(d.range).toEqual({ start: { line: 2, character: 18 }, end: { line: 2, character: 19 } });
  });

  it('writes SARIF 2.1.0', () => {
    const dir = tmp();
    const f = join(dir, 'a.news');
    writeFileSync(f, 'Headline\n\nAna Ramos said "we will build it.\n');
    const sarif = JSON.parse(run(['check', f, '--format', 'sarif']).out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('newsmark');
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain('vague-source');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'unbalanced-quote',
      level: 'warning',
      locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 16 } } }],
    });
  });

  it('walks directories for article files and still checks good files next to bad ones', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'good.md'), '# Title\n\nText "open.\n');
    writeFileSync(join(dir, 'sub', 'bin.news'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'sub', 'bad.txt'), Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(dir, 'ignored.json'), '{}');
    const r = run(['check', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    const paths = JSON.parse(r.out).files.map((x: { path: string }) => x.path);
    expect(paths).toEqual([join(dir, 'good.md'), join(dir, 'sub', 'bad.txt'), join(dir, 'sub', 'bin.news')]);
    expect(r.err).toContain(`${join(dir, 'sub', 'bin.news')}: binary file`);
    expect(r.err).toContain(`${join(dir, 'sub', 'bad.txt')}: invalid UTF-8 at byte 3`);
    expect(JSON.parse(r.out).files[0].diagnostics[0].code).toBe('unbalanced-quote');
  });

  it('refuses bad usage with exit 2 and a one-line reason', () => {
    expect(run(['check']).code).toBe(2);
    expect(run(['check', '--format', 'xml', SEED]).err).toContain('check --format is text, json or sarif');
    expect(run(['frobnicate']).err).toContain('unknown command "frobnicate"');
    expect(run(['check', '/nonexistent/file.news']).err).toContain('/nonexistent/file.news: no such file or directory');
    expect(run(['check', SEED, '--severity', 'nope=error']).code).toBe(2);
    expect(run(['check', SEED, '--article-date', 'yesterday']).err).toContain('ISO date');
  });

  it('skips a file over the size limit with a clear message', () => {
    const dir = tmp();
    const f = join(dir, 'big.news');
    writeFileSync(f, 'x'.repeat(2 * 1048576));
    const r = run(['check', f, '--max-size', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${f}: file is too large (2.0 MB; the limit is 1 MB`);
  });
});

describe('newsmark entities', () => {
  it('prints the article model as JSON with ranges and offsets', () => {
    const r = run(['entities', SEED]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.path).toBe(SEED);
    const text = readFileSync(SEED, 'utf8');
    const z = json.entities.find((e: { name: string }) => e.name === 'Volodymyr Zelenskiy');
    expect(z.id).toMatch(/volodymyr-zelenskiy/);
    for (const m of z.mentions) expect(text.slice(m.offset.start, m.offset.end)).toBe(m.text);
    expect(Array.isArray(json.numbers)).toBe(true);
  });

  it('prints a readable report with --format text', () => {
    const r = run(['entities', SEED, '--format', 'text']);
    expect(r.out).toContain('## Entities');
    expect(r.out).toContain('Volodymyr Zelenskiy');
  });
});

describe('newsmark tag', () => {
  it('tags CoNLL lines from stdin and keeps blank and -DOCSTART- lines', () => {
    const input = '-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nvisited VBD I-VP O\nParis NNP I-NP I-LOC\n. . O O\n\nHe PRP I-NP O\n';
    const r = run(['tag', '--format', 'conll'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('-DOCSTART- -X- O O');
    expect(lines[1]).toBe('');
    expect(lines.slice(2, 6).map((l) => l.split(' ')[0])).toEqual(['Anna', 'visited', 'Paris', '.']);
    expect(lines[6]).toBe('');
    for (const l of lines.filter((x) => x && !x.startsWith('-DOCSTART-'))) expect(l).toMatch(/^\S+ (O|[BI]-(PER|LOC|ORG|MISC))$/);
  });
});

describe('the built CLI (dist/cli.js)', () => {
  it('runs as a program: --help, check with exit codes, no stack traces', () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('newsmark check <files|dirs...>');
    const bad = spawnSync(process.execPath, [cli, 'check', '/nonexistent.news'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const seed = spawnSync(process.execPath, [cli, 'check', SEED], { encoding: 'utf8' });
    expect(seed.status).toBe(0);
  });
});
