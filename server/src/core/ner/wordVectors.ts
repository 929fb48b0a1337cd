import type { WordInfo } from './wordInfo';

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
 * The NER model's lexical score vectors of word types (model.ts, `emitSentence`), `size` numbers
 * each, in one arena. A word info records where its vector starts (`vecAt`) and in which
 * generation of the arena it was made (`vecGen`): it is valid while `gen` is that generation.
 * When the arena holds its budget of vectors, the next vector starts a new generation over it,
 * and the vectors of the last one are made again when next needed (tests/unit/ner-memory.test.ts).
 */
export class WordVectors {
  /** The vectors; a reader takes it again after `at` (which may grow it). */
  data: Int32Array;
  gen = 1;
  private used = 0;
  private budget = VEC_BUDGET_WORDS;

  /** `make` writes a word's vector to `out[at...]`, which it finds zeroed. */
  constructor(
    private readonly size: number,
    private readonly make: (inf: WordInfo, out: Int32Array, at: number) => void,
  ) {
    this.data = new Int32Array(FIRST_WORDS * size);
  }

  /** Where the vector of `inf` starts in `data`, made when it has none in this generation. */
  at(inf: WordInfo): number {
    if (inf.vecGen === this.gen) return inf.vecAt;
    const size = this.size;
    if (this.used + size > this.data.length) {
      if (this.data.length < this.budget * size) {
        const bigger = new Int32Array(Math.min(this.budget, (2 * this.data.length) / size) * size);
        bigger.set(this.data);
        this.data = bigger;
      } else {
        this.gen++;
        this.used = 0;
      }
    }
    const at = this.used;
    this.used += size;
    this.data.fill(0, at, at + size);
    this.make(inf, this.data, at);
    inf.vecAt = at;
    inf.vecGen = this.gen;
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
