import { describe, expect, it } from 'vitest';
import { ownString, StringMemo } from '../../server/src/core/memo';

describe('StringMemo', () => {
  it('computes each key once, an undefined or null value included, and gives back what was computed', () => {
    const calls: string[] = [];
    const memo = new StringMemo((k: string): string | undefined | null => {
      calls.push(k);
      return k === 'none' ? undefined : k === 'null' ? null : k.toUpperCase();
    });
    for (let round = 0; round < 3; round++) {
      expect(memo.get('harbour')).toBe('HARBOUR');
      expect(memo.get('none')).toBeUndefined();
      expect(memo.get('null')).toBeNull();
    }
    expect(calls).toEqual(['harbour', 'none', 'null']);
  });

  it('takes a function per call when it has none, and refuses a missing key without one', () => {
    const memo = new StringMemo<number>(undefined);
    expect(memo.get('a', () => 1)).toBe(1);
    expect(memo.get('a', () => 2)).toBe(1);
    expect(() => memo.get('b')).toThrow(TypeError);
  });

  it('empties itself once its keys pass the budget, then computes again', () => {
    let calls = 0;
    const memo = new StringMemo((k: string) => (calls++, k.length), 100);
    const keys = Array.from({ length: 20 }, (_, i) => `key-${i}-${'x'.repeat(10)}`);
    for (const k of keys) memo.get(k);
    expect(calls).toBe(20);
    memo.get(keys[0]);
    // 20 keys of about 17 characters (and 16 for each entry) are far past 100: the first went.
    expect(calls).toBe(21);
  });

  it('keys on a copy: the value of a key cut from a long text equals the key', () => {
    const text = 'The harbour authority said on Tuesday that the pier would reopen. '.repeat(20);
    const cut = text.slice(4, 30);
    expect(ownString(cut)).toBe(cut);
    const memo = new StringMemo((k: string) => k);
    expect(memo.get(cut)).toBe(cut);
  });
});
