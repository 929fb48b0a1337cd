import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/main';

// An invented local-news article, written for this test. The emoji (two UTF-16 units) before the
// quantity checks that ranges count UTF-16 columns while offsets count string positions.
const ARTICLE = [
  '---',
  'date: 2024-11-23',
  '---',
  'Harbour wall to cost $4 million',
  '',
  'The port authority will spend about $4 million on the wall, officials said on Saturday.',
  '',
  'The 🌊 wall will be 300 metres long and between 8,000 and 9,000 residents will benefit.',
  '',
  'Work starts next week.',
  '',
].join('\n');

interface NumberJson {
  type: string;
  text: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  offset: { start: number; end: number };
  value: Record<string, unknown>;
  counted: { text: string } | null;
  source: { name: string; verb: string; quality: string; link: string } | null;
}

function entities(file: string, args: string[] = []): { code: number; json: { articleDate: string | null; articleDateOrigin: string | null; numbers: NumberJson[] } } {
  let out = '';
  const code = runCli(['entities', file, '--format', 'json', ...args], (s) => (out += s), () => undefined, () => '');
  return { code, json: JSON.parse(out) };
}

describe('newsmark entities --format json: numbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-numbers-'));
  const file = join(dir, 'harbour.news');
  writeFileSync(file, ARTICLE);

  it('lists every number with type, text, LSP range, string offsets and a structured value', () => {
    const { code, json } = entities(file);
    expect(code).toBe(0);
    expect(json.articleDate).toBe('2024-11-23');
    expect(json.articleDateOrigin).toBe('front-matter');
    const rows = json.numbers.map((n) => `${n.text}|${n.type}`);
    expect(rows).toContain('about $4 million|money');
    expect(rows).toContain('300 metres|quantity');
    expect(rows).toContain('between 8,000 and 9,000|cardinal');
    expect(rows).toContain('Saturday|date');
    expect(rows).toContain('next week|date');
    for (const n of json.numbers) expect(ARTICLE.slice(n.offset.start, n.offset.end)).toBe(n.text);

    const money = json.numbers.find((n) => n.text === 'about $4 million')!;
    expect(money.value).toMatchObject({ number: 4_000_000, qualifier: '~', currency: 'USD' });
    expect(money.range.start).toEqual({ line: 5, character: ARTICLE.split('\n')[5]!.indexOf('about $4 million') });
    expect(money.source).toMatchObject({ name: 'officials', verb: 'said', quality: 'vague' });

    const metres = json.numbers.find((n) => n.text === '300 metres')!;
    expect(metres.value).toMatchObject({ number: 300, unit: 'm' });
    // `The 🌊 wall will be `: the emoji is one code point but two UTF-16 units, as in the string offset.
    const line7 = ARTICLE.split('\n')[7]!;
    expect(metres.range.start).toEqual({ line: 7, character: line7.indexOf('300 metres') });
    expect(metres.offset.start).toBe(ARTICLE.indexOf('300 metres'));

    const range = json.numbers.find((n) => n.text === 'between 8,000 and 9,000')!;
    expect(range.value).toMatchObject({ interval: { min: 8000, max: 9000 } });
    expect(range.value.number).toBeUndefined();
    expect(range.counted?.text).toBe('residents');

    expect(json.numbers.find((n) => n.text === 'Saturday')!.value).toMatchObject({ date: '2024-11-23' });
    expect(json.numbers.find((n) => n.text === 'next week')!.value).toMatchObject({ date: '2024-11-25/2024-12-01' });
  });

  it('marks relative dates unresolved when the article date is unknown', () => {
    const bare = join(dir, 'bare.news');
    writeFileSync(bare, ARTICLE.split('\n').slice(3).join('\n'));
    const { json } = entities(bare);
    expect(json.articleDate).toBeNull();
    const sat = json.numbers.find((n) => n.text === 'Saturday')!;
    expect(sat.value.unresolved).toBe(true);
    expect(sat.value.date).toBeUndefined();
    // --article-date resolves it.
    const again = entities(bare, ['--article-date', '2024-11-27']).json.numbers.find((n) => n.text === 'Saturday')!;
    expect(again.value.date).toBe('2024-11-23');
  });
});
