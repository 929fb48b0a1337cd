/**
 * Beam search over a sentence's tag sequence, for a model whose features of token `i` read the tags
 * of the two tokens before it: each token's scores are a part scored once (`staticScores`) plus a
 * part per hypothesis (`historyScores`, given its last two tags). Hypotheses that end in the same
 * two tags have the same future, so only the best of them is kept: with a width of at least the
 * number of tag pairs this is exact second-order Viterbi; width 1 is the greedy decoder.
 *
 * With the gold tags given (training), `decode` also follows the gold sequence's prefix score and
 * returns the step where the best hypothesis beats it by most (the max-violation update of a
 * structured perceptron, Huang et al. 2012), or -1 when the best sequence is the gold one.
 */
export interface StepScorer {
  /** The tag-independent part of token `i`'s tag scores (fills `out`). */
  staticScores(i: number, out: Float64Array): void;
  /** The part of token `i`'s tag scores given the previous two tags (`c2`, `c1`; -1 before the start) (fills `out`). */
  historyScores(i: number, c2: number, c1: number, out: Float64Array): void;
}

export class BeamDecoder {
  private tags = new Int32Array(0);
  private back = new Int32Array(0);
  private score = new Float64Array(0);
  private next = new Float64Array(0);
  private readonly stat: Float64Array;
  private readonly hist: Float64Array;
  /** Candidates of one step, best first: score, hypothesis, tag. */
  private readonly cScore: Float64Array;
  private readonly cHyp: Int32Array;
  private readonly cTag: Int32Array;

  /**
   * `allowed(prev, t)`: whether tag `t` may follow tag `prev` (-1: the sentence's start).
   */
  constructor(
    readonly nTags: number,
    readonly width: number,
    readonly allowed: (prev: number, t: number) => boolean,
  ) {
    this.stat = new Float64Array(nTags);
    this.hist = new Float64Array(nTags);
    this.cScore = new Float64Array(width + 1);
    this.cHyp = new Int32Array(width + 1);
    this.cTag = new Int32Array(width + 1);
  }

  /**
   * Best tags of an `n`-token sentence into `out`. With `gold`, returns the step of the largest
   * violation (-1 if none) and leaves in `out[0..step]` the best hypothesis' prefix at that step.
   */
  decode(n: number, s: StepScorer, out: Int32Array, gold?: ArrayLike<number>): number {
    if (n === 0) return -1;
    const W = this.width;
    if (this.tags.length < n * W) {
      this.tags = new Int32Array(2 * n * W);
      this.back = new Int32Array(2 * n * W);
    }
    if (this.score.length < W) {
      this.score = new Float64Array(W);
      this.next = new Float64Array(W);
    }
    const { tags, back, stat, hist, cScore, cHyp, cTag } = this;
    let size = 0;
    let goldScore = 0;
    let goldAt = -1; // index of the gold prefix in the beam (-1: fallen out)
    let worst = -Infinity;
    let worstAt = -1;
    for (let i = 0; i < n; i++) {
      s.staticScores(i, stat);
      let count = 0;
      const hyps = i === 0 ? 1 : size;
      for (let h = 0; h < hyps; h++) {
        const c1 = i === 0 ? -1 : tags[(i - 1) * W + h];
        const c2 = i < 2 ? -1 : tags[(i - 2) * W + back[(i - 1) * W + h]];
        const base = i === 0 ? 0 : this.score[h];
        s.historyScores(i, c2, c1, hist);
        for (let t = 0; t < this.nTags; t++) {
          if (!this.allowed(c1, t)) continue;
          const v = base + stat[t] + hist[t];
          if (count === W && v <= cScore[W - 1]) continue;
          // The same last two tags (c1, t) as a candidate already kept: keep the better one.
          let dup = -1;
          for (let k = 0; k < count; k++) {
            if (cTag[k] === t && (i === 0 || tags[(i - 1) * W + cHyp[k]] === c1)) {
              dup = k;
              break;
            }
          }
          if (dup >= 0 && cScore[dup] >= v) continue;
          let k = dup >= 0 ? dup : count < W ? count++ : W - 1;
          while (k > 0 && cScore[k - 1] < v) {
            cScore[k] = cScore[k - 1];
            cHyp[k] = cHyp[k - 1];
            cTag[k] = cTag[k - 1];
            k--;
          }
          cScore[k] = v;
          cHyp[k] = h;
          cTag[k] = t;
        }
      }
      const o = i * W;
      let goldNext = -1;
      if (gold) {
        const g2 = i < 2 ? -1 : gold[i - 2];
        const g1 = i === 0 ? -1 : gold[i - 1];
        s.historyScores(i, g2, g1, hist);
        goldScore += stat[gold[i]] + hist[gold[i]];
      }
      for (let k = 0; k < count; k++) {
        tags[o + k] = cTag[k];
        back[o + k] = cHyp[k];
        this.next[k] = cScore[k];
        if (gold && cTag[k] === gold[i] && (i === 0 || cHyp[k] === goldAt)) goldNext = k;
      }
      [this.score, this.next] = [this.next, this.score];
      size = count;
      goldAt = goldNext;
      if (gold && goldAt !== 0 && this.score[0] - goldScore >= worst) {
        worst = this.score[0] - goldScore;
        worstAt = i;
      }
    }
    if (gold && goldAt === 0) return -1; // the best sequence is the gold one
    const last = gold ? worstAt : n - 1;
    if (last < 0) return -1;
    for (let i = last, h = 0; i >= 0; i--) {
      out[i] = tags[i * W + h];
      h = back[i * W + h];
    }
    return last;
  }
}
