import { describe, expect, it } from 'vitest';
import { WordTable, wordHash } from '../../server/src/core/entities/wordTable';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('WordTable (the words of paragraphs, textWords.ts)', () => {
  it('answers as a Set of the same words, for words, their prefixes and extensions, and strings it cannot hold', () => {
    const r = rng(11);
    const CHARS = ['a', 'b', 'K', 'é', 'Ж', '𝐚', '1', 'z'];
    for (let t = 0; t < 200; t++) {
      const words: string[] = [];
      const n = Math.floor(r() * 300);
      for (let k = 0; k < n; k++) {
        let w = '';
        const len = 1 + Math.floor(r() * 6);
        for (let j = 0; j < len; j++) w += CHARS[Math.floor(r() * CHARS.length)];
        words.push(w);
      }
      const set = new Set(words);
      const table = new WordTable(words);
      expect(table.size).toBe(set.size);
      expect([...table.words()].sort()).toEqual([...set].sort());
      const asked = [...words, ...words.map((w) => w + 'a'), ...words.map((w) => w.slice(0, -1)), ...words.map((w) => w.slice(1)), '', '\n', 'a\nb', `${words[0] ?? 'a'}\n${words[1] ?? 'b'}`];
      for (const q of asked) expect(table.has(q), JSON.stringify(q)).toBe(set.has(q));
    }
  });

  it('finds words that share a slot (one hash table of eight slots, more words than fit its first choices)', () => {
    const words = ['Harbour', 'harbour', 'quay', 'Quay'];
    const table = new WordTable(words);
    for (const w of words) expect(table.hasHashed(w, wordHash(w))).toBe(true);
    expect(table.has('Harb')).toBe(false);
    expect(new WordTable([]).has('a')).toBe(false);
  });
});
