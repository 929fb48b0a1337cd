import { describe, expect, it } from 'vitest';
import { BeamDecoder, type StepScorer } from '../../server/src/core/syntax/beam';

/** The beam decoder of the syntax passes (server/src/core/syntax/beam.ts) against brute force on small made-up scores. */

/** A scorer whose scores are a deterministic function of (token, previous two tags, tag). */
function madeUpScorer(seed: number, nTags: number): StepScorer & { total(tags: number[]): number } {
  const h = (...xs: number[]): number => {
    let x = seed;
    for (const v of xs) x = Math.imul(x ^ (v + 7), 0x9e3779b1) ^ (x >>> 15);
    return ((x >>> 0) % 1000) / 100 - 5;
  };
  const stat = (i: number, t: number): number => h(1, i, t);
  const hist = (i: number, c2: number, c1: number, t: number): number => h(2, i, c2, c1, t);
  return {
    staticScores: (i, out) => {
      for (let t = 0; t < nTags; t++) out[t] = stat(i, t);
    },
    historyScores: (i, c2, c1, out) => {
      for (let t = 0; t < nTags; t++) out[t] = hist(i, c2, c1, t);
    },
    total: (tags) => tags.reduce((sum, t, i) => sum + stat(i, t) + hist(i, i > 1 ? tags[i - 2] : -1, i > 0 ? tags[i - 1] : -1, t), 0),
  };
}

/** Every tag sequence of length n over nTags tags that `allowed` accepts. */
function allSequences(n: number, nTags: number, allowed: (prev: number, t: number) => boolean): number[][] {
  let seqs: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    seqs = seqs.flatMap((s) => Array.from({ length: nTags }, (_, t) => t).filter((t) => allowed(s.length ? s[s.length - 1] : -1, t)).map((t) => [...s, t]));
  }
  return seqs;
}

// Tag 2 plays an `I-` tag: only after tag 1 or itself.
const allowed = (prev: number, t: number): boolean => t !== 2 || prev === 1 || prev === 2;

describe('beam decoder', () => {
  it('with a beam as wide as the tag pairs, finds the best sequence (second-order Viterbi)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const s = madeUpScorer(seed, 3);
      const best = allSequences(5, 3, allowed).reduce((a, b) => (s.total(b) > s.total(a) ? b : a));
      const out = new Int32Array(5);
      new BeamDecoder(3, 9, allowed).decode(5, s, out);
      expect(Array.from(out)).toEqual(best);
    }
  });

  it('with width 1, is the greedy decoder', () => {
    const s = madeUpScorer(3, 3);
    const greedy: number[] = [];
    const stat = new Float64Array(3);
    const hist = new Float64Array(3);
    for (let i = 0; i < 6; i++) {
      s.staticScores(i, stat);
      s.historyScores(i, i > 1 ? greedy[i - 2] : -1, i > 0 ? greedy[i - 1] : -1, hist);
      let b = -1;
      for (let t = 0; t < 3; t++) if (allowed(i > 0 ? greedy[i - 1] : -1, t) && (b < 0 || stat[t] + hist[t] > stat[b] + hist[b])) b = t;
      greedy.push(b);
    }
    const out = new Int32Array(6);
    new BeamDecoder(3, 1, allowed).decode(6, s, out);
    expect(Array.from(out)).toEqual(greedy);
  });

  it('never puts a tag where it is not allowed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const out = new Int32Array(8);
      new BeamDecoder(3, 2, allowed).decode(8, madeUpScorer(seed, 3), out);
      out.forEach((t, i) => expect(allowed(i > 0 ? out[i - 1] : -1, t)).toBe(true));
    }
  });

  it('in training, reports no violation for the best sequence and one for any other', () => {
    const s = madeUpScorer(5, 3);
    const beam = new BeamDecoder(3, 9, allowed);
    const best = new Int32Array(4);
    beam.decode(4, s, best);
    expect(beam.decode(4, s, new Int32Array(4), Array.from(best))).toBe(-1);
    const worse = allSequences(4, 3, allowed).find((q) => q.join() !== Array.from(best).join())!;
    const prefix = new Int32Array(4);
    const at = beam.decode(4, s, prefix, worse);
    expect(at).toBeGreaterThanOrEqual(0);
    // The violation is where the gold prefix scores below the best hypothesis' prefix.
    const sub = (q: ArrayLike<number>): number => s.total(Array.from(q).slice(0, at + 1));
    expect(sub(prefix)).toBeGreaterThanOrEqual(sub(worse));
    expect(Array.from(prefix.slice(0, at + 1))).not.toEqual(worse.slice(0, at + 1));
  });
});
