import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';
import { DIAGNOSTIC_CODES } from '../../server/src/features/diagnostics';

// An invented article with one of each diagnostic code.
const FERRY = [
  'Ferry fares to rise in April',
  '',
  'Kowalczyk told the harbour board that fares would rise by 8 per cent in April.',
  '',
  'Board chair Marta Kowalczyk said the increase would pay for a new ferry.',
  '',
  'Officials said the crossing carried 1.2 million passengers last year.',
  '',
  'The new ferry will carry 400 passengers.',
  '',
  '"We cannot keep the old boat running for another winter."',
  '',
  'Kowalcyk said the old boat would be sold to a museum.',
  '',
  'Kowalczyk said the timetable would not change.',
  '',
  '"Fares have not risen in six years, she said.',
  '',
].join('\n');

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, (s) => (out += s), (s) => (err += s), () => '');
  return { code, out, err };
}

function ferryFile(): string {
  const f = join(mkdtempSync(join(tmpdir(), 'newsmark-codes-')), 'ferry.news');
  writeFileSync(f, FERRY);
  return f;
}

describe('newsmark check reports every diagnostic code', () => {
  it('in text, JSON and SARIF alike', () => {
    const f = ferryFile();
    const text = run(['check', f, '--format', 'text']);
    expect(text.code).toBe(0);
    const textCodes = new Set(text.out.trimEnd().split('\n').map((l) => l.split(' ')[2]));
    expect([...textCodes].sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    expect(text.out).toContain(`${f}:13:1 warning name-inconsistency `);

    const json = JSON.parse(run(['check', f, '--format', 'json']).out) as { files: { diagnostics: { code: string }[] }[] };
    const jsonCodes = json.files[0].diagnostics.map((d) => d.code);
    expect(new Set(jsonCodes)).toEqual(textCodes);

    const sarif = JSON.parse(run(['check', f, '--format', 'sarif']).out);
    const results = sarif.runs[0].results as { ruleId: string; ruleIndex: number }[];
    expect(results.map((r) => r.ruleId)).toEqual(jsonCodes);
    const rules = sarif.runs[0].tool.driver.rules as { id: string }[];
    for (const r of results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('SARIF lists every code as a rule with a description, help and default level', () => {
    const sarif = JSON.parse(run(['check', ferryFile(), '--format', 'sarif']).out);
    const rules = sarif.runs[0].tool.driver.rules as {
      id: string;
      shortDescription: { text: string };
      fullDescription: { text: string };
      help: { text: string };
      defaultConfiguration: { level: string };
    }[];
    expect(rules.map((r) => r.id)).toEqual(DIAGNOSTIC_CODES);
    for (const r of rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(10);
      expect(r.fullDescription.text.length).toBeGreaterThan(r.shortDescription.text.length);
      expect(r.help.text).toBe(r.fullDescription.text);
    }
    const level = Object.fromEntries(rules.map((r) => [r.id, r.defaultConfiguration.level]));
    expect(level).toEqual({
      'unsourced-quote': 'warning',
      'unsourced-statistic': 'warning',
      'vague-source': 'note',
      'unbalanced-quote': 'warning',
      'name-inconsistency': 'warning',
      'surname-before-full-name': 'note',
    });
  });

  it('--severity changes levels and turns codes off in every format', () => {
    const f = ferryFile();
    const args = ['check', f, '--severity', 'name-inconsistency=error', '--severity', 'vague-source=off'];
    const text = run([...args, '--format', 'text']);
    expect(text.code).toBe(1);
    expect(text.out).toContain(' error name-inconsistency ');
    expect(text.out).not.toContain('vague-source');
    const sarif = JSON.parse(run([...args, '--format', 'sarif']).out);
    const byRule = (id: string) => (sarif.runs[0].results as { ruleId: string; level: string }[]).filter((r) => r.ruleId === id);
    expect(byRule('name-inconsistency').map((r) => r.level)).toEqual(['error']);
    expect(byRule('vague-source')).toEqual([]);
  });
});
