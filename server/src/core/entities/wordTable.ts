/**
 * A set of words held as one string and a table of numbers (issue 16: the words of a 5 MB
 * document's paragraphs held as Sets of strings took 65 MB). The words are written one after
 * another, each followed by a line feed, in `text`; `slots` is an open-addressing hash table of
 * where each word starts (plus one; 0 is an empty slot). Words must be non-empty and hold no line
 * feed (textWords.ts keeps runs of letters and digits); asking for any other string answers false.
 */
import { fnv1a, FNV_OFFSET } from '../fnv';

const LF = 10;

/** The hash a WordTable files `word` under (`hasHashed`): hash a word once to ask several tables. */
export function wordHash(word: string): number {
  return fnv1a(FNV_OFFSET, word) >>> 0;
}

/** Can a WordTable hold this string? */
export function fileable(word: string): boolean {
  return word.length > 0 && word.indexOf('\n') < 0;
}

export class WordTable {
  /** The words, each followed by a line feed. */
  readonly text: string;
  private readonly slots: Int32Array;
  readonly size: number;

  /** The distinct words of `words` (any order, repeats allowed; each fileable). */
  constructor(words: Iterable<string>) {
    const distinct = words instanceof Set ? (words as Set<string>) : new Set(words);
    this.size = distinct.size;
    let cap = 8;
    while (cap < distinct.size * 2) cap *= 2;
    const slots = new Int32Array(cap);
    const mask = cap - 1;
    let at = 0;
    const parts: string[] = [];
    for (const w of distinct) {
      let s = wordHash(w) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = at + 1;
      parts.push(w);
      at += w.length + 1;
    }
    this.slots = slots;
    this.text = parts.length === 0 ? '' : parts.join('\n') + '\n';
  }

  has(word: string): boolean {
    return fileable(word) && this.hasHashed(word, wordHash(word));
  }

  /** `has` for a fileable word whose `wordHash` is `h`. */
  hasHashed(word: string, h: number): boolean {
    const { slots, text } = this;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = slots[s] - 1;
      if (at < 0) return false;
      if (text.charCodeAt(at + word.length) === LF && text.startsWith(word, at)) return true;
    }
  }

  /** The words, in the order they were filed. */
  *words(): IterableIterator<string> {
    const { text } = this;
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\n', at);
      yield text.slice(at, end);
      at = end + 1;
    }
  }
}
