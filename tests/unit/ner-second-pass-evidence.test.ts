import { describe, expect, it } from 'vitest';
import { hmix, K } from '../../server/src/core/ner/featureHash';
import { evidence, summaryKeys } from '../../server/src/core/ner/secondPass';
import { TYPES, type NerType } from '../../server/src/core/ner/tags';

/** A BILOU tag index (tags.ts): 0 is O, then B, I, L, U of each type in turn. */
const tagIndex = (kind: 'B' | 'I' | 'L' | 'U', type: NerType): number => 1 + 4 * TYPES.indexOf(type) + 'BILU'.indexOf(kind);

/** The second-pass keys of a token from its word's nine tag counts and its own first-pass tag. */
function keysOf(counts: number[], tag: number, cb = 0): number[] {
  const keys = new Uint32Array(16);
  const k = summaryKeys(evidence(Int32Array.from(counts), 0, tag), cb, keys, 0);
  return [...keys.subarray(0, k)];
}

describe('NER second-pass evidence', () => {
  it("says what the other occurrences of a word were tagged, the token's own tag left out", () => {
    // Counts [O, PER, ORG, LOC, MISC, long PER, long ORG, long LOC, long MISC], this token's tag
    // a single-token PER: the others are O twice, PER twice, LOC once, and PER in a longer name twice.
    const counts = [2, 3, 0, 1, 0, 2, 0, 0, 0];
    expect(keysOf(counts, tagIndex('U', 'PER'))).toEqual([
      hmix(K.D2H, 2), // PER seen
      hmix(K.D2H, 6), // LOC seen
      hmix(K.D2M, 0), // the most common: O (the first of the tied)
      hmix(K.D2L, 2), // PER in a longer name seen
    ]);
    // On an all-caps line, and with the token itself the last word of a long PER: PER then has
    // three of five other occurrences, more than half, and no other long PER is left.
    expect(keysOf([1, 4, 0, 1, 0, 1, 0, 0, 0], tagIndex('L', 'PER'), 1)).toEqual([
      hmix(K.D2H, 3),
      hmix(K.D2H, 7),
      hmix(K.D2M, 3),
      hmix(K.D2O, 3),
    ]);
    // The only occurrence: nothing seen.
    expect(keysOf([0, 0, 1, 0, 0, 0, 0, 0, 0], tagIndex('U', 'ORG'))).toEqual([hmix(K.D2M, 10)]);
  });

  it('is equal for counts that give the same keys, and differs where the keys do', () => {
    const a = evidence(Int32Array.from([5, 1, 0, 0, 0, 0, 0, 0, 0]), 0, 0);
    expect(evidence(Int32Array.from([9, 1, 0, 0, 0, 0, 0, 0, 0]), 0, 0)).toBe(a);
    expect(evidence(Int32Array.from([1, 5, 0, 0, 0, 0, 0, 0, 0]), 0, 0)).not.toBe(a);
    expect(evidence(Int32Array.from([5, 1, 0, 0, 0, 1, 0, 0, 0]), 0, 0)).not.toBe(a);
  });
});
