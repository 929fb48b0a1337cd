/**
 * The words of the sentences a SentenceTags keeps (about 40 bytes a word with its key and tags):
 * some 3,000 sentences, more than the body of a long article.
 */
export const SENTENCE_CACHE_WORDS = 1 << 16;

/** POS and chunk tags of a sentence's words: the syntax tagger (tagger.ts). */
export interface SentenceTagger {
  /** Extends `tags`, the POS tags of the first words (from this method), to the first `upTo` words. */
  posPrefix(words: string[], tags: string[], upTo: number): string[];
  /** Extends `tags`, the chunk tags of the first words (from this method), to the first `upTo` words, and `pos` as far as they read. */
  chunkPrefix(words: string[], pos: string[], tags: string[], upTo: number): string[];
}

/**
 * The tags of one sentence so far: `pos` holds the POS tags of its first words and `chunk` the
 * chunk tags of its first words (all of them once `tag`, `posUpTo` or `chunkUpTo` has asked for
 * all). Chunk tags read the POS tags up to two words on, so `pos` is at least that far ahead.
 */
export interface TaggedSentence {
  readonly pos: string[];
  readonly chunk: string[];
}

/**
 * Tags of sentences already seen, by their words. The claims rules' work per sentence is kept by
 * the AnalysisCache, so within one document this serves mostly a sentence whose words stay while
 * its key there changes (a quotation mark added elsewhere in it). It is bounded by its words,
 * `SENTENCE_CACHE_WORDS` (20,000 sentences of a long document held 16 MB), and emptied when a
 * sentence would take it past them.
 */
export class SentenceTags {
  private cache = new Map<string, TaggedSentence>();
  private words = 0;

  constructor(private readonly tagger: SentenceTagger) {}

  /** POS tags, and chunk tags when `withChunks`, of a sentence: from the cache when its words were tagged before. */
  tag(words: string[], withChunks: boolean): TaggedSentence {
    const t = this.entry(words);
    this.posUpTo(t, words, words.length);
    if (withChunks) this.chunkUpTo(t, words, words.length);
    return t;
  }

  /**
   * The cached tags of a sentence, perhaps none or only its first words' yet: `posUpTo` and
   * `chunkUpTo` extend them (in place, so that every holder of the entry sees them).
   */
  entry(words: string[]): TaggedSentence {
    const key = words.join('\u0001');
    let t = this.cache.get(key);
    if (t === undefined) {
      if (this.words + words.length > SENTENCE_CACHE_WORDS) this.clear();
      t = { pos: [], chunk: [] };
      this.cache.set(key, t);
      this.words += words.length;
    }
    return t;
  }

  /** Tags the first `upTo` words of the sentence of entry `t` (`words`) when they are not yet. */
  posUpTo(t: TaggedSentence, words: string[], upTo: number): void {
    if (t.pos.length < Math.min(upTo, words.length)) this.tagger.posPrefix(words, t.pos, upTo);
  }

  /** Chunk-tags the first `upTo` words of the sentence of entry `t` (`words`) when they are not yet. */
  chunkUpTo(t: TaggedSentence, words: string[], upTo: number): void {
    if (t.chunk.length < Math.min(upTo, words.length)) this.tagger.chunkPrefix(words, t.pos, t.chunk, upTo);
  }

  clear(): void {
    this.cache = new Map();
    this.words = 0;
  }

  /** Words held (for the test of the bound). */
  get heldWords(): number {
    return this.words;
  }
}
