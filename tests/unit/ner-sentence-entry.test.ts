import { describe, expect, it } from 'vitest';
import { getNerModel } from '../../server/src/core/ner/nerTagger';
import { firstPassEntry, firstPassTags, keepSecondPass, samePass2Keys, secondPassTags, SentenceCache } from '../../server/src/core/ner/sentenceCache';

describe('NER sentence cache entries packed in one typed array', () => {
  it('give back the case flags, both passes tags and the second pass keys they were made of', () => {
    const fs = getNerModel().fs;
    const infos = ['Amara', 'Okafor', 'met', 'the', 'UN', '.'].map((w) => fs.info(w, false));
    const n = infos.length;
    const dc = Int8Array.from([5, 7, -1, -1, 0, -1]);
    const tags1 = Uint8Array.from([1, 3, 0, 0, 16, 0]);
    const entry = firstPassEntry(infos, true, dc, tags1);
    const out = new Uint8Array(n);
    firstPassTags(entry, out);
    expect([...out]).toEqual([...tags1]);
    const cache = new SentenceCache();
    const key = SentenceCache.key(infos);
    cache.keep(key, entry);
    expect(cache.find(key, infos, true, dc)).toBe(entry);
    expect(cache.find(key, infos, false, dc)).toBeUndefined();
    for (let i = 0; i < n; i++) {
      const other = dc.slice();
      other[i] = other[i] === -1 ? 0 : -1;
      expect(cache.find(key, infos, true, other), `flag ${i}`).toBeUndefined();
    }

    const keys = Uint32Array.from([0xffffffff, 1, 0x80000000, 42, 7, 9, 0]);
    const off = Int32Array.from([0, 2, 2, 3, 5, 6, 6]);
    expect(samePass2Keys(entry, keys, off)).toBe(false);
    const tags2 = Uint8Array.from([2, 4, 0, 0, 13, 0]);
    keepSecondPass(entry, keys, off, tags2);
    expect(samePass2Keys(entry, keys, off)).toBe(true);
    secondPassTags(entry, out);
    expect([...out]).toEqual([...tags2]);
    firstPassTags(entry, out);
    expect([...out]).toEqual([...tags1]);
    expect(cache.find(key, infos, true, dc)).toBe(entry);
    const changedKey = keys.slice();
    changedKey[2] = 0x80000001;
    expect(samePass2Keys(entry, changedKey, off)).toBe(false);
    // The same keys cut differently between tokens.
    expect(samePass2Keys(entry, keys, Int32Array.from([0, 1, 2, 3, 5, 6, 6]))).toBe(false);
  });
});
