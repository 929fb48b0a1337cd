import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';
import { articleText } from './articles';

/**
 * The command line over random articles and random bytes: never an internal error (exit 3),
 * JSON output that parses, and every printed line:column inside the file.
 */
const RUNS = Math.max(20, Math.round(Number(process.env.NEWSMARK_FUZZ_RUNS ?? 100) / 4));
const SEED = Number(process.env.NEWSMARK_FUZZ_SEED ?? 17);
const TIMEOUT = RUNS > 1000 ? 24 * 3600_000 : 60_000;

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, (s) => (out += s), (s) => (err += s), () => '');
  return { code, out, err };
}

const content = fc.oneof(
  { weight: 3, arbitrary: articleText.map((t) => Buffer.from(t, 'utf8')) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
  { weight: 1, arbitrary: articleText.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])) },
);

describe('cli fuzz: check, entities and report on hostile files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-fuzz-'));
  it('never fails internally and prints parseable JSON', () => {
    let n = 0;
    fc.assert(
      fc.property(content, fc.constantFrom('.news', '.md', '.txt'), (bytes, ext) => {
        const f = join(dir, `a${n++}${ext}`);
        writeFileSync(f, bytes);
        const check = run(['check', f, '--format', 'json']);
        expect([0, 1, 2], check.err).toContain(check.code);
        const files = (JSON.parse(check.out) as { files: { diagnostics: { range: { start: { line: number } } }[] }[] }).files;
        const lines = bytes.toString('utf8').split(/\r\n|\r|\n/).length;
        for (const d of files[0].diagnostics) expect(d.range.start.line).toBeLessThan(lines);
        const entities = run(['entities', f, '--format', 'jsonl']);
        expect([0, 2], entities.err).toContain(entities.code);
        for (const l of entities.out.split('\n').filter(Boolean)) JSON.parse(l);
        const report = run(['report', f]);
        expect([0, 2], report.err).toContain(report.code);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, TIMEOUT);
});
