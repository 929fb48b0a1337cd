import type { BeamDecoder, StepScorer } from './beam';
import { score, type PackedModel } from './packedModel';

/**
 * One pass of the syntax tagger over a sentence with every key looked up for every token, as in
 * training: the beam over scores summed from `model` (beam.ts), or with width 1 its greedy
 * equivalent in one lookup loop per token. It is the reference the tagger's cached passes
 * (tagger.ts: `posPrefix`, `chunkPrefix`) give the same scores and tags as, and the chunker's
 * pass when its beam is wider than one.
 */
export class KeyDecoder {
  private readonly keys: number[] = [];
  private readonly more: number[] = [];
  /** Scores of one token's tags (room for the longer tag list). */
  private readonly scores: Float64Array;

  constructor(maxTags: number) {
    this.scores = new Float64Array(maxTags);
  }

  /**
   * The tags of a sentence of `n` tokens. `staticKeys(i)` are the keys of token i that read no
   * earlier tag, `historyKeys(i, c2, c1)` those that read the previous two; `anyOrder`: every tag
   * may follow every other (the POS tags), else the beam's `allowed` says which may (the chunk
   * tags). `trace` (tests) receives each token's tag scores.
   */
  decode(
    model: PackedModel,
    beam: BeamDecoder,
    names: string[],
    n: number,
    staticKeys: (i: number, out: number[]) => void,
    historyKeys: (i: number, c2: string | null, c1: string | null, out: number[]) => void,
    anyOrder: boolean,
    trace?: Float64Array[],
  ): string[] {
    const { keys, more, scores } = this;
    const tags: string[] = [];
    if (beam.width === 1) {
      let prev = -1;
      for (let i = 0; i < n; i++) {
        staticKeys(i, keys);
        historyKeys(i, i > 1 ? tags[i - 2] : null, i > 0 ? tags[i - 1] : null, more);
        for (let k = 0; k < more.length; k++) keys.push(more[k]);
        score(model, keys, scores);
        let b = -1;
        for (let t = 0; t < names.length; t++) if ((b < 0 || scores[t] > scores[b]) && (anyOrder || beam.allowed(prev, t))) b = t;
        tags.push(names[b]);
        trace?.push(scores.slice(0, names.length));
        prev = b;
      }
      return tags;
    }
    const scorer: StepScorer = {
      staticScores: (i, out) => {
        staticKeys(i, keys);
        score(model, keys, out);
      },
      historyScores: (i, c2, c1, out) => {
        historyKeys(i, c2 < 0 ? null : names[c2], c1 < 0 ? null : names[c1], keys);
        score(model, keys, out);
      },
    };
    const out = new Int32Array(n);
    beam.decode(n, scorer, out);
    for (let i = 0; i < n; i++) tags.push(names[out[i]]);
    return tags;
  }
}
