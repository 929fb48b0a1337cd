import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterHeader, findSortedLine, lineFields, lowerBoundLine } from '../../server/src/core/sortedLines';

const text = ['# a header line', '# another', 'aberdeen\tA', 'kyiv\tK\tC', 'kyiv oblast\tKO', 'lviv', 'zürich\tZ', 'ōsaka\tO', ''].join('\n');
const from = afterHeader(text);

describe('binary search over sorted model-file lines', () => {
  it('finds every line by its first field, first and last included', () => {
    for (const k of ['aberdeen', 'kyiv', 'kyiv oblast', 'lviv', 'zürich', 'ōsaka']) {
      const at = findSortedLine(text, from, k);
      expect(at, k).toBeGreaterThanOrEqual(from);
      expect(lineFields(text, at)[0]).toBe(k);
    }
    expect(lineFields(text, findSortedLine(text, from, 'kyiv'))).toEqual(['kyiv', 'K', 'C']);
  });

  it('answers -1 for keys before, between and after the lines, prefixes and header text', () => {
    for (const k of ['', 'a', 'aaa', 'aberdeenx', 'kyi', 'kyiv ', 'kyiv o', 'm', 'zz', '\uffff', '# a header line', 'A', 'K']) {
      expect(findSortedLine(text, from, k), JSON.stringify(k)).toBe(-1);
    }
  });

  it('finds where a key is or would be: the first line whose field is not below it', () => {
    const keys = text.slice(from).split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    for (const k of ['', 'a', 'aberdeen', 'aberdeenx', 'kyi', 'kyiv', 'kyiv ', 'kyiv o', 'kyiv oblast', 'kyivx', 'm', 'zürich', 'zz', '\uffff']) {
      const at = lowerBoundLine(text, from, k);
      const want = keys.findIndex((f) => f >= k);
      if (want < 0) expect(at, JSON.stringify(k)).toBe(text.length);
      else expect(lineFields(text, at)[0], JSON.stringify(k)).toBe(keys[want]);
    }
    expect(lowerBoundLine('', 0, 'x')).toBe(0);
    expect(lowerBoundLine('b\tB', 0, 'c')).toBe(3);
  });

  it('skips only the # header lines', () => {
    expect(text.slice(from).startsWith('aberdeen')).toBe(true);
    expect(afterHeader('no header')).toBe(0);
    expect(afterHeader('# only a header')).toBe('# only a header'.length);
    expect(findSortedLine('', 0, 'x')).toBe(-1);
  });

  it('finds every place and first name in the shipped knowledge files', () => {
    for (const f of ['knowledge-cities.tsv', 'knowledge-names.tsv']) {
      const t = readFileSync(join(__dirname, '..', '..', 'server', 'models', f), 'utf8');
      const start = afterHeader(t);
      const keys = t.slice(start).split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
      expect(keys.length).toBeGreaterThan(5000);
      // Sorted and unique, or the binary search would miss lines.
      expect(keys.findIndex((k, i) => i > 0 && !(keys[i - 1] < k)), `${f} is not sorted`).toBe(-1);
      expect(keys.filter((k) => lineFields(t, findSortedLine(t, start, k))[0] !== k)).toEqual([]);
    }
  });
});
