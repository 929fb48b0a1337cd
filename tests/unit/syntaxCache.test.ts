import { describe, expect, it } from 'vitest';
import { getSyntaxTagger } from '../../server/src/core/syntax/shippedTagger';
import { BoundedCache } from '../../server/src/core/syntax/boundedCache';
import { SyntaxTagger } from '../../server/src/core/syntax/tagger';

/**
 * The cached passes (`pos`, `chunks`: sums of weights kept per word type and per tag context)
 * give the scores, and so the tags, of scoring every key of every token (`posByKeys`,
 * `chunksByKeys`), on sentences of our own writing.
 */

const SENTENCES = [
  'The harbour board said on Monday that dredging would remove 40,000 tonnes of silt .',
  'Zorblax Quindrell , 47 , told the AUDIT COMMITTEE in Vrenhalt that costs rose 12.5 % to £3.2m in 2025-26 .',
  'BREAKING : FERRY SERVICE HALTED AFTER STORM',
  'It was .',
  'Yes',
  '" We will not be moved , " said Mrs Oyelaran-Tkacz , who runs the co-op on Quay St. since 1998 .',
  'Shares in Kvantrix plc fell 7p to 113p after the firm \'s third profit warning in 18 months .',
  'Ministers had hoped that the new rail link , first proposed in the 1990s , would open by 2031 .',
  'qwzx vrrn plonk 99999 ??? ... --- URL http://example.org/a?b=1 #tag @handle',
  'The the the the the the the the the the',
  'Über-fan Zoë Ødegård met São Paulo officials at the café .',
];

/** Tags and every token's tag scores of both passes. */
interface Traced {
  pos: string[];
  chunk: string[];
  scores: Float64Array[];
}

function cached(t: SyntaxTagger, words: string[]): Traced {
  const scores: Float64Array[] = [];
  const pos = t.pos(words, scores);
  return { pos, chunk: t.chunks(words, pos, scores), scores };
}

function reference(t: SyntaxTagger, words: string[]): Traced {
  const scores: Float64Array[] = [];
  const pos = t.posByKeys(words, scores);
  return { pos, chunk: t.chunksByKeys(words, pos, scores), scores };
}

describe('syntax tagger caches', () => {
  it('gives the tags of scoring every key, on known and unknown words, capitals and numbers', () => {
    const t = getSyntaxTagger();
    for (const s of SENTENCES) {
      const words = s.split(' ');
      // twice: the second time every word type and tag context is cached
      for (let k = 0; k < 2; k++) expect(cached(t, words), s).toEqual(reference(t, words));
    }
  });

  it('gives the same tags when its caches are emptied in the middle of a sentence', () => {
    const t = new SyntaxTagger(getSyntaxTagger().file, { words: 3 });
    for (const s of SENTENCES) {
      const words = s.split(' ');
      expect(cached(t, words), s).toEqual(reference(t, words));
    }
  });

  it('chunks POS tags the model does not know as the reference does', () => {
    const t = getSyntaxTagger();
    const words = 'Gulls followed the old boat'.split(' ');
    const pos = ['NNS', 'VBD', 'XX', 'JJ', 'NN'];
    const a: Float64Array[] = [];
    const b: Float64Array[] = [];
    expect(t.chunks(words, pos, a)).toEqual(t.chunksByKeys(words, pos, b));
    expect(a).toEqual(b);
  });
});

describe('syntax tagger prefixes', () => {
  /** POS tags made `step` words at a time, another sentence tagged between steps (its word types replace the last sentence's). */
  function inSteps(t: SyntaxTagger, words: string[], step: number, between: string[]): Float64Array[] {
    const tags: string[] = [];
    const scores: Float64Array[] = [];
    for (let upTo = step; tags.length < words.length; upTo += step) {
      t.posPrefix(words, tags, upTo, scores);
      expect(tags.length).toBe(Math.min(upTo, words.length));
      t.pos(between);
    }
    return scores;
  }

  it('tags a sentence a few words at a time as it tags it whole: a tag never reads a later one', () => {
    for (const t of [getSyntaxTagger(), new SyntaxTagger(getSyntaxTagger().file, { words: 3 })]) {
      for (const s of SENTENCES) {
        const words = s.split(' ');
        const whole: Float64Array[] = [];
        const pos = t.pos(words, whole);
        for (const step of [1, 2, 5]) {
          const tags: string[] = [];
          const scores = inSteps(t, words, step, SENTENCES[3].split(' '));
          expect(scores, `${s} (${step} at a time)`).toEqual(whole);
          t.posPrefix(words, tags, words.length);
          expect(tags).toEqual(pos);
        }
      }
    }
  });

  it('chunks a sentence a few words at a time as it chunks it whole, tagging parts of speech only two words ahead', () => {
    for (const t of [getSyntaxTagger(), new SyntaxTagger(getSyntaxTagger().file, { words: 3 })]) {
      for (const s of SENTENCES) {
        const words = s.split(' ');
        const pos = t.pos(words);
        const whole: Float64Array[] = [];
        const chunk = t.chunks(words, pos, whole);
        for (const step of [1, 2, 5]) {
          const posSoFar: string[] = [];
          const tags: string[] = [];
          const scores: Float64Array[] = [];
          for (let upTo = step; tags.length < words.length; upTo += step) {
            t.chunkPrefix(words, posSoFar, tags, upTo, scores);
            expect(tags.length).toBe(Math.min(upTo, words.length));
            // The chunk tags read the POS tags up to two words on, and no further were made.
            expect(posSoFar.length).toBe(Math.min(upTo + 2, words.length));
            t.pos(SENTENCES[3].split(' '));
          }
          expect(scores, `${s} (${step} at a time)`).toEqual(whole);
          expect(tags).toEqual(chunk);
          expect(posSoFar).toEqual(pos);
        }
      }
    }
  });

  it('keeps a sentence tagged in part and extends it in place', () => {
    const t = new SyntaxTagger(getSyntaxTagger().file);
    const words = SENTENCES[1].split(' ');
    const entry = t.sentences.entry(words);
    t.sentences.posUpTo(entry, words, 4);
    expect(entry.pos.length).toBe(4);
    expect(t.sentences.entry(words)).toBe(entry);
    t.sentences.chunkUpTo(entry, words, 3);
    expect(entry.chunk.length).toBe(3);
    expect(entry.pos.length).toBe(5);
    expect(t.sentences.tag(words, true)).toEqual({ pos: t.pos(words), chunk: t.chunks(words, t.pos(words)) });
    expect(entry.pos.length).toBe(words.length);
    expect(entry.chunk.length).toBe(words.length);
  });
});

describe('bounded cache', () => {
  it('holds at most twice its limit and keeps the entries in use', () => {
    const c = new BoundedCache<string, number>(3);
    c.set('the', 0);
    for (let i = 1; i <= 20; i++) {
      c.set(`w${i}`, i);
      expect(c.get('the')).toBe(0); // used all along: never dropped
      expect(c.size).toBeLessThanOrEqual(6);
    }
    expect(c.get('w1')).toBeUndefined(); // not used since: dropped
    expect(c.get('w20')).toBe(20);
  });
});
