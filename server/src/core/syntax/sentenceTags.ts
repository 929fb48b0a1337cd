/**
 * The words of the sentences a SentenceTags keeps (about 40 bytes a word with its key and tags):
 * some 3,000 sentences, more than the body of a long article.
 */
export const SENTENCE_CACHE_WORDS = 1 << 16;

/** POS and chunk tags of a sentence's words: the syntax tagger (tagger.ts). */
export interface SentenceTagger {
  pos(words: string[]): string[];
  chunks(words: string[], pos: string[]): string[];
}

/**
 * Tags of sentences already seen, by their words. The claims rules' work per sentence is kept by
 * the AnalysisCache, so within one document this serves mostly a sentence whose words stay while
 * its key there changes (a quotation mark added elsewhere in it). It is bounded by its words,
 * `SENTENCE_CACHE_WORDS` (20,000 sentences of a long document held 16 MB), and emptied when a
 * sentence would take it past them.
 */
export class SentenceTags {
  private cache = new Map<string, { pos: string[]; chunk?: string[] }>();
  private words = 0;

  constructor(private readonly tagger: SentenceTagger) {}

  /** POS tags, and chunk tags when `withChunks`, of a sentence: from the cache when its words were tagged before. */
  tag(words: string[], withChunks: boolean): { pos: string[]; chunk?: string[] } {
    const key = words.join('\u0001');
    let t = this.cache.get(key);
    if (t === undefined) {
      if (this.words + words.length > SENTENCE_CACHE_WORDS) this.clear();
      t = { pos: this.tagger.pos(words) };
      this.cache.set(key, t);
      this.words += words.length;
    }
    if (withChunks && t.chunk === undefined) t.chunk = this.tagger.chunks(words, t.pos);
    return t;
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
