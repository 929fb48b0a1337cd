import type { Sentence } from '../article';
import type { SentenceTokens } from '../sentenceTokens';
import { getSyntaxTagger } from '../syntax/shippedTagger';
import { tagLater, type TagSource, type Word } from './words';
import type { TaggedSentence } from '../syntax/sentenceTags';
import { partitionPoint } from '../search';

/**
 * Part-of-speech and chunk tags for the claim rules' words. The syntax model tags the analysis's
 * tokens of a whole sentence (quotations included, for context), once per sentence and only for
 * the sentences a rule asks about; a word takes the tags of the token it starts with.
 *
 * Tags are read lazily: a word of `wordsOf` asks for its tag when a rule first reads it, and the
 * sentence is tagged up to that word (and a few more). The tagger is greedy from left to right
 * and a tag never reads a later one, so the first words' tags are those of a whole sentence's
 * tagging; the attribution rules read about three fifths of a sentence's tags (the words up to
 * its last reporting verb and the phrases around it), so the rest is never tagged. Chunk tags
 * likewise, once a rule asks for them: the record rules read them only around a superlative or
 * an ordinal.
 */
export class SentenceSyntax {
  /**
   * By sentence: where its tokens start (ascending: a Map per sentence was a kilobyte each, some
   * 15 MB at once while a 5 MB document was analysed), its words and their tags so far.
   */
  private readonly bySentence = new Map<number, SentenceTagging>();

  constructor(
    private readonly tokens: SentenceTokens,
    private readonly sentences: Sentence[],
  ) {}

  private taggingOf(si: number): SentenceTagging {
    let t = this.bySentence.get(si);
    if (t === undefined) {
      const tokens = this.tokens.of(this.sentences[si]);
      const n = tokens.length;
      const words = new Array<string>(n);
      const starts = new Int32Array(n);
      for (let k = 0; k < n; k++) {
        words[k] = tokens[k].text;
        starts[k] = tokens[k].start;
      }
      t = new SentenceTagging(starts, words, getSyntaxTagger().sentences.entry(words));
      this.bySentence.set(si, t);
    }
    return t;
  }

  /**
   * Gives the words of sentence `si` their part-of-speech tags, and with `withChunks` their chunk
   * tags (each read when first asked for, see above); words with no token starting there keep
   * ''. Words cut from the sentence's text alone say where it starts in the article with
   * `offset`.
   */
  tag(si: number, words: Word[], withChunks = false, offset = 0): Word[] {
    if (si < 0 || si >= this.sentences.length) return words;
    const t = this.taggingOf(si);
    for (const w of words) {
      const k = indexOf(t.starts, w.start + offset);
      if (k >= 0) tagLater(w, t, k, withChunks);
    }
    return words;
  }
}

/**
 * Words tagged past the one asked for: rules read forward word by word (a noun phrase after a
 * verb), and each time the tagging resumes it looks up the sentence's words again.
 */
const READ_AHEAD = 4;

/** One sentence's tokens and their tags so far (the syntax tagger's cache entry for its words). */
class SentenceTagging implements TagSource {
  constructor(
    readonly starts: Int32Array,
    readonly words: string[],
    readonly tags: TaggedSentence,
  ) {}

  posAt(k: number): string {
    if (k >= this.tags.pos.length) getSyntaxTagger().sentences.posUpTo(this.tags, this.words, k + 1 + READ_AHEAD);
    return this.tags.pos[k];
  }

  chunkAt(k: number): string {
    if (k >= this.tags.chunk.length) getSyntaxTagger().sentences.chunkUpTo(this.tags, this.words, k + 1 + READ_AHEAD);
    return this.tags.chunk[k];
  }
}

/** The index of `value` in the ascending `xs`, or -1. */
function indexOf(xs: Int32Array, value: number): number {
  const k = partitionPoint(xs.length, (i) => xs[i] < value);
  return k < xs.length && xs[k] === value ? k : -1;
}

/** A finite verb or modal: `said`, `says`, `say` (non-3rd present), `will`. */
export function isFiniteVerb(w: Word): boolean {
  return w.pos === 'VBD' || w.pos === 'VBZ' || w.pos === 'VBP' || w.pos === 'MD';
}

export function isVerb(w: Word): boolean {
  return w.pos.startsWith('VB') || w.pos === 'MD';
}

export function isNoun(w: Word): boolean {
  return w.pos.startsWith('NN') || w.pos === 'PRP' || w.pos === 'CD';
}
