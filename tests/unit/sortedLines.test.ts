import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteOrder, SortedLines } from '../../server/src/core/sortedLines';
import { randomCases } from './randomText';

// Sorted in UTF-8 byte order: `zürich` (ü is C3 BC) before `ōsaka` (ō is C5 8D), and the private-use
// U+E000 before the astral 𝔸 (F0 9D ...), the other way round from UTF-16 order.
const rows = ['aberdeen\tA', 'kyiv\tK\tC', 'kyiv oblast\tKO', 'lviv', 'zürich\tZ', 'ōsaka\tO', '\ue000x\tP', '𝔸\tM'];
const text = ['# a header line', '# another', ...rows, ''].join('\n');
const lines = SortedLines.fromText(text);
const keys = rows.map((r) => r.split('\t')[0]);

describe('binary search over sorted model-file lines', () => {
  it('finds every line by its first field, first and last included, and decodes its fields', () => {
    for (const k of keys) {
      const at = lines.find(k);
      expect(at, k).toBeGreaterThanOrEqual(lines.from);
      expect(lines.fields(at)[0]).toBe(k);
    }
    expect(lines.fields(lines.find('kyiv'))).toEqual(['kyiv', 'K', 'C']);
    expect(lines.fields(lines.find('zürich'))).toEqual(['zürich', 'Z']);
  });

  it('answers -1 for keys before, between and after the lines, prefixes and header text', () => {
    for (const k of ['', 'a', 'aaa', 'aberdeenx', 'kyi', 'kyiv ', 'kyiv o', 'm', 'zz', 'z', 'ō', '\uffff', '# a header line', 'A', 'K']) {
      expect(lines.find(k), JSON.stringify(k)).toBe(-1);
    }
  });

  it('finds where a key is or would be: the first line whose field is not below it in byte order', () => {
    for (const k of ['', 'a', 'aberdeen', 'aberdeenx', 'kyi', 'kyiv', 'kyiv ', 'kyiv o', 'kyiv oblast', 'kyivx', 'm', 'zürich', 'zz', 'ō', '\uffff', '𝔸', '𝔹']) {
      const at = lines.lowerBound(k);
      const want = keys.findIndex((f) => byteOrder(f, k) >= 0);
      if (want < 0) expect(at, JSON.stringify(k)).toBe(lines.bytes.length);
      else expect(lines.fields(at)[0], JSON.stringify(k)).toBe(keys[want]);
    }
    expect(SortedLines.fromText('').lowerBound('x')).toBe(0);
    expect(SortedLines.fromText('b\tB').lowerBound('c')).toBe(3);
  });

  it('agrees with a linear scan on random sorted files and random keys', () => {
    const pool = ['a', 'b', 'c', ' ', 'é', 'z', '-', '\u00ff', '𝔸'];
    const cases = randomCases(pool, 4000, 7).map((c) => [...c.text].slice(0, 5).join(''));
    for (let f = 0; f < 40; f++) {
      const keys = [...new Set(cases.slice(f * 60, f * 60 + 40).filter((k) => k.length > 0))].sort(byteOrder);
      const file = new SortedLines(Buffer.from(keys.map((k, i) => (i % 3 === 0 ? `${k}\t${i}` : k)).join('\n') + (f % 2 ? '\n' : '')), false);
      for (const probe of [...keys, ...cases.slice(3000 + f * 20, 3020 + f * 20)]) {
        const want = keys.findIndex((k) => byteOrder(k, probe) >= 0);
        const at = file.lowerBound(probe);
        if (want < 0) expect(at, JSON.stringify(probe)).toBe(file.bytes.length);
        else expect(file.fields(at)[0], JSON.stringify(probe)).toBe(keys[want]);
        expect(file.find(probe) >= 0, JSON.stringify(probe)).toBe(keys.includes(probe));
      }
    }
  });

  it('skips only the # header lines, and keeps them', () => {
    expect(lines.decode(lines.from, lines.from + 8)).toBe('aberdeen');
    expect(lines.headerLines()).toEqual(['# a header line', '# another']);
    expect(SortedLines.fromText('no header').from).toBe(0);
    expect(SortedLines.fromText('# only a header').from).toBe('# only a header'.length);
    expect(SortedLines.fromText('').find('x')).toBe(-1);
    // Without a header, a first line starting with # is data.
    const words = new SortedLines(Buffer.from('#1\n#tag\nabc\nb'), false);
    expect(words.from).toBe(0);
    expect(['#1', '#tag', 'abc', 'b'].map((w) => words.find(w) >= 0)).toEqual([true, true, true, true]);
    expect(words.find('#')).toBe(-1);
  });

  it('orders by UTF-8 bytes, which is code point order', () => {
    expect(byteOrder('zürich', 'ōsaka')).toBeLessThan(0);
    expect(byteOrder('\ue000', '𝔸')).toBeLessThan(0);
    expect('\ue000' < '𝔸').toBe(false); // UTF-16 order differs
    expect(byteOrder('kyiv', 'kyiv oblast')).toBeLessThan(0);
    expect(byteOrder('a', 'a')).toBe(0);
  });

  it('finds every line of the shipped gazetteer and knowledge files', () => {
    for (const f of ['ner-gazetteer.txt', 'knowledge-cities.tsv', 'knowledge-names.tsv']) {
      const bytes = readFileSync(join(__dirname, '..', '..', 'server', 'models', f));
      const shipped = new SortedLines(bytes);
      const fileKeys = shipped.decode(shipped.from, bytes.length).split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
      expect(fileKeys.length).toBeGreaterThan(5000);
      // Sorted and unique in byte order, or the binary search would miss lines.
      expect(fileKeys.findIndex((k, i) => i > 0 && !(byteOrder(fileKeys[i - 1], k) < 0)), `${f} is not sorted`).toBe(-1);
      expect(fileKeys.filter((k) => shipped.fields(shipped.find(k))[0] !== k)).toEqual([]);
    }
  });
});
