/** What holds a vector's place in an arena (a word info, a word type's slot). */
export interface VectorHolder {
  vecAt: number;
  vecGen: number;
}

/** Word vectors an arena starts with, doubled as needed up to its budget. */
const FIRST_WORDS = 1024;

/**
 * Word vectors kept by default: 5.6 MB for the NER model's vectors, the words of about 500 KB of
 * press text. A vector is a sum of model rows that takes about a microsecond to make again;
 * keeping one for every word met made them the largest part of the NER tagger's memory after a
 * long document (issue 16: each was a view of a slab, kept for as long as the word info).
 */
export const VEC_BUDGET_WORDS = 16384;

/**
 * Score vectors of word types, `size` numbers each, in one arena: the NER model's lexical scores
 * (ner/emissions.ts, `emitSentence`) and the syntax tagger's word sums (syntax/tagger.ts). Each vector's
 * holder records where it starts (`vecAt`) and in which generation of the arena it was made
 * (`vecGen`): it is valid while `gen` is that generation. When the arena holds its budget of
 * vectors, the next vector starts a new generation over it, and the vectors of the last one are
 * made again when next needed (tests/unit/ner-memory.test.ts, syntaxCache.test.ts). One typed
 * array per word type cost twice the scores, and its many small blocks fragmented the C heap:
 * the syntax tagger's left about 33 MB of it behind after a 5 MB document.
 */
export class WordVectors<H extends VectorHolder> {
  /** The vectors; a reader takes it again after `at` (which may grow it). */
  data: Int32Array;
  gen = 1;
  private used = 0;
  private budget = VEC_BUDGET_WORDS;

  /** `make` writes a word's vector to `out[at...]`, which it finds zeroed. */
  constructor(
    private readonly size: number,
    private readonly make: (holder: H, out: Int32Array, at: number) => void,
  ) {
    this.data = new Int32Array(FIRST_WORDS * size);
  }

  /**
   * Where the vector of `holder` starts in `data`, made when it has none in this generation. When
   * the arena is full, the vector starts a new generation, unless `startOver` is false (`allAt`'s
   * second round): the arena grows instead.
   */
  at(holder: H, startOver = true): number {
    if (holder.vecGen === this.gen) return holder.vecAt;
    const size = this.size;
    if (this.used + size > this.data.length) {
      const words = this.data.length / size;
      if (words < this.budget || !startOver) {
        const bigger = new Int32Array((words < this.budget ? Math.min(this.budget, 2 * words) : 2 * words) * size);
        bigger.set(this.data);
        this.data = bigger;
      } else {
        this.gen++;
        this.used = 0;
        // Grown past the budget for one caller: back to it.
        if (words > this.budget) this.data = new Int32Array(this.budget * size);
      }
    }
    const at = this.used;
    this.used += size;
    this.data.fill(0, at, at + size);
    this.make(holder, this.data, at);
    holder.vecAt = at;
    holder.vecGen = this.gen;
    return at;
  }

  /**
   * Where each holder's vector starts in `data`, all of one generation: made when missing, and all
   * found again if making one started a new generation (the second time the arena grows instead,
   * so a caller with more words than the budget gets them all).
   */
  allAt(holders: readonly H[]): number[] {
    let at: number[] = [];
    for (let gen = -1, startOver = true; gen !== this.gen; startOver = false) {
      gen = this.gen;
      const g = gen;
      const again = startOver;
      at = holders.map((h) => (h.vecGen === g ? h.vecAt : this.at(h, again)));
    }
    return at;
  }

  /** Keeps at most `words` vectors from now on (at least the 5 of one window); starts over. */
  keep(words: number): void {
    this.budget = Math.max(5, words);
    this.clear();
  }

  /** Lets every vector go: they are made again when next needed. */
  clear(): void {
    this.data = new Int32Array(Math.min(FIRST_WORDS, this.budget) * this.size);
    this.used = 0;
    this.gen++;
  }
}
