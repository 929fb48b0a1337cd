import { describe, expect, it } from 'vitest';
import { mergePlan } from '../../server/src/core/entities/groupMerging';
import { analyzeArticle } from '../../server/src/core/analyze';

/**
 * The merges of a bucket of groups (entities/groupMerging.ts) are planned from the groups' names
 * alone and memoized by them: the plan must be the same with the name index as with every pair
 * compared, and an article must cluster the same with the memo cold and warm.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pairs = (plan: Int32Array): string[] => Array.from({ length: plan.length / 2 }, (_, k) => `${plan[2 * k]}<-${plan[2 * k + 1]}`);

describe('mergePlan', () => {
  it('merges acronyms, short forms and spelling variants, in order', () => {
    const names = ['Harbour Authority of Elstow', 'HAE', 'Thornbury Town', 'Thornbury', undefined, 'Vanderhoeven Group', 'Vanderhoven Group'];
    expect(pairs(mergePlan(names, true))).toEqual(pairs(mergePlan(names, true, true)));
    const plan = pairs(mergePlan(names, true));
    expect(plan).toContain('0<-1');
    expect(plan).toContain('2<-3');
    expect(plan).toContain('5<-6');
    expect(plan.some((p) => p.includes('4'))).toBe(false);
  });

  it('is the same with the name index as with every pair compared, on random buckets', () => {
    const r = rng(5);
    const words = ['Elstow', 'Elstowe', 'Marlow', 'Marlowe', 'Harbour', 'Authority', 'Town', 'FC', 'Group', 'Vale', 'Valle', 'Kursk', 'Bank'];
    for (let round = 0; round < 200; round++) {
      const names = Array.from({ length: 2 + Math.floor(r() * 30) }, () => {
        if (r() < 0.1) return undefined;
        const n = Array.from({ length: 1 + Math.floor(r() * 3) }, () => words[Math.floor(r() * words.length)]).join(' ');
        return r() < 0.15 ? n.split(' ').map((w) => w[0]).join('') : n;
      });
      const organization = r() < 0.5;
      expect(pairs(mergePlan(names, organization, true)), names.join(' | ')).toEqual(pairs(mergePlan(names, organization, false)));
    }
  });

  it('clusters an article the same with the plans memoized (second analysis) as the first time', () => {
    const text =
      'Harbour plan approved\n\nThe Elstow Harbour Authority (EHA) said on Monday that the Elstow Harbour Authority would reopen the quay. ' +
      'Marlow Shipping and Marlowe Shipping both bid. The EHA chair, Dana Okoro, said the Elstowe Harbour Authority had agreed.\n';
    const first = analyzeArticle(text).entities.map((e) => [e.name, e.mentions.length]);
    const second = analyzeArticle(text).entities.map((e) => [e.name, e.mentions.length]);
    expect(second).toEqual(first);
  });
});
