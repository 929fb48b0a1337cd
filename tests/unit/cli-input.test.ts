import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../server/src/core/analyze';
import { runCli } from '../../server/src/cli/main';

/** Issue 17: input messages and the command line as a new user meets them. */
function run(args: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, (s) => (out += s), (s) => (err += s), () => stdin);
  return { code, out, err };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'newsmark-input-'));
const ARTICLE = 'Bridge to close\n\nAna Ramos said "we will build it.\n';

function file(name: string, content: string | Buffer): string {
  const f = join(tmp(), name);
  writeFileSync(f, content);
  return f;
}

describe('what the CLI says about a file that is not UTF-8 text', () => {
  it('finds a NUL byte after the first 64 KB', () => {
    const f = file('late.news', Buffer.concat([Buffer.from('Headline\n\n' + 'word '.repeat(20000)), Buffer.from([0]), Buffer.from('\n')]));
    const r = run(['check', f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${f}: binary file (contains NUL bytes)`);
  });

  it('calls a UTF-16 file with a byte-order mark UTF-16, and asks for UTF-8', () => {
    for (const [bom, enc] of [
      [Buffer.from([0xff, 0xfe]), 'utf16le'],
      [Buffer.from([0xfe, 0xff]), 'utf16be'],
    ] as const) {
      const body = Buffer.from(ARTICLE, 'utf16le');
      if (enc === 'utf16be') body.swap16();
      const f = file('wide.news', Buffer.concat([bom, body]));
      const r = run(['check', f]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/UTF-16(LE|BE) text, not UTF-8; please save it as UTF-8/);
      expect(r.err).not.toContain('NUL');
    }
  });

  it('recognizes UTF-16 without a byte-order mark', () => {
    const r = run(['check', file('wide.txt', Buffer.from(ARTICLE, 'utf16le'))]);
    expect(r.err).toContain('UTF-16LE text, not UTF-8');
  });

  it('names the byte where an encoded surrogate or an overlong form starts', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x62, 0xed, 0xa0, 0x80, 0x63], 2], // U+D800 encoded
      [[0x61, 0xe0, 0x80, 0xaf, 0x63], 1], // overlong '/'
      [[0x61, 0x62, 0x63, 0xf4, 0x90, 0x80, 0x80], 3], // over U+10FFFF
      [[0xc3, 0xa9, 0xff], 2],
    ];
    for (const [bytes, at] of cases) {
      const f = file('bad.news', Buffer.concat([Buffer.from('Headline\n\n'), Buffer.from(bytes), Buffer.from('\n')]));
      expect(run(['check', f]).err).toContain(`invalid UTF-8 at byte ${at + 10};`);
    }
  });
});

describe('footnote labels named like object properties', () => {
  for (const label of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
    it(`[^${label}] with no definition is no citation`, () => {
      const text = `Harbour toll\n\nThe toll rose by 40% in 2024, the steepest rise in 12 years.[^${label}]\n`;
      const a = analyzeArticle(text, { languageId: 'markdown', articleDate: '2025-01-01' });
      expect(a.diagnostics.map((d) => d.code)).toContain('unsourced-statistic');
      const cited = analyzeArticle(`${text}\n[^${label}]: Harbour board annual report, 2024.\n`, { languageId: 'markdown', articleDate: '2025-01-01' });
      expect(cited.diagnostics.map((d) => d.code)).not.toContain('unsourced-statistic');
    });
  }
});

describe('newsmark on the command line', () => {
  it('check on a folder with no articles exits 2 and says so', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'notes.json'), '{}');
    const r = run(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`no articles in ${dir}`);
  });

  it('rejects an --article-date that is not on the calendar', () => {
    const f = file('a.news', ARTICLE);
    for (const d of ['2025-02-30', '2025-13-45', '2025-00-10']) {
      const r = run(['check', f, '--article-date', d]);
      expect(r.code, d).toBe(2);
      expect(r.err).toContain(`--article-date ${d} is not a date`);
    }
    expect(run(['check', f, '--article-date', '2024-02-29']).code).toBe(0);
  });

  it('entities prints one JSON array for several files, or JSON Lines', () => {
    const a = file('a.news', ARTICLE);
    const b = file('b.news', 'Storm hits coast\n\nMaria Okafor said 40 homes flooded.\n');
    const arr = run(['entities', a, b]);
    expect(arr.code).toBe(0);
    const json = JSON.parse(arr.out) as { path: string }[];
    expect(json.map((x) => x.path)).toEqual([a, b]);
    const lines = run(['entities', a, b, '--format', 'jsonl']).out.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([a, b]);
    // One file: one object, as before.
    expect((JSON.parse(run(['entities', a]).out) as { path: string }).path).toBe(a);
  });

  it('entities on a folder prints valid JSON', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.news'), ARTICLE);
    writeFileSync(join(dir, 'b.news'), ARTICLE);
    expect(JSON.parse(run(['entities', dir]).out)).toHaveLength(2);
  });

  it('report --format json prints the article model; other formats are refused', () => {
    const f = file('a.news', ARTICLE);
    const r = run(['report', f, '--format', 'json']);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.out) as { path: string; article: { text: string; diagnostics: { code: string }[] } };
    expect(model.path).toBe(f);
    expect(model.article.text).toBe(ARTICLE);
    expect(model.article.diagnostics.map((d) => d.code)).toContain('unbalanced-quote');
    const bad = run(['report', f, '--format', 'html']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('report --format is markdown or json');
  });

  it('the report opens by explaining 6:4 and x4', () => {
    const r = run(['report', file('a.news', ARTICLE)]);
    expect(r.out.split('\n')[0]).toMatch(/line:column \(6:4 is line 6, column 4\).*x2/);
  });

  it('--severity with a bad level names the value', () => {
    const r = run(['check', file('a.news', ARTICLE), '--severity', 'vague-source=fatal']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"fatal"');
  });

  it('a refused binary file is not counted as checked', () => {
    const r = run(['check', file('bin.news', Buffer.from([0x89, 0x50, 0x00, 0x01]))]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('0 files checked');
    expect(r.err).not.toContain('1 file checked');
  });

  it('--max-size below 1 MB is shown as given, not as 0 MB', () => {
    const f = file('a.news', 'Headline\n\n' + 'word '.repeat(1000));
    const r = run(['check', f, '--max-size', '0.001']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the limit is 0.001 MB (1.0 KB)');
    expect(r.err).not.toMatch(/\b0(\.0)? MB/);
  });

  it('tag on a missing file says "no such file or directory"', () => {
    const r = run(['tag', '/nonexistent/x.conll']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('/nonexistent/x.conll: cannot read file (no such file or directory)');
  });

  it('reports a symlink loop and a dangling symlink, checks the rest, exits 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.news'), ARTICLE);
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('gone.news', join(dir, 'dangling.news'));
    symlinkSync('self.news', join(dir, 'self.news'));
    const r = run(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`${join(dir, 'good.news')}:3:`);
    expect(r.err).toContain(`${join(dir, 'dangling.news')}: no such file or directory`);
    expect(r.err).toContain(`${join(dir, 'self.news')}: symbolic link loop`);
    expect(r.err).toContain(`${join(dir, 'sub', 'up')}: symbolic link loop`);
    expect(r.err).toContain('1 file checked');
    expect(r.err).not.toContain('internal error');
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and checks the rest', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.news'), ARTICLE);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o000);
    const r = run(['check', dir]);
    chmodSync(join(dir, 'locked'), 0o755);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join(dir, 'locked')}: cannot read folder (permission denied)`);
    expect(r.out).toContain(`${join(dir, 'good.news')}:3:`);
  });
});

describe('folders reached twice', () => {
  it('checks a folder given twice, or linked from elsewhere, once and without an error', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.news'), ARTICLE);
    symlinkSync(join(dir, 'a'), join(dir, 'link-to-a'));
    const r = run(['check', dir, join(dir, 'a')]);
    expect(r.err).not.toContain('loop');
    expect(r.err).toContain('1 file checked');
    expect(r.code).toBe(0);
  });
});
