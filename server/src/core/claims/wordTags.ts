import type { Sentence, Token } from '../article';
import { getSyntaxTagger } from '../syntax/shippedTagger';
import type { Word } from './words';
import { partitionPoint } from '../search';

/**
 * Part-of-speech and chunk tags for the claim rules' words. The syntax model tags the analysis's
 * tokens of a whole sentence (quotations included, for context), once per sentence and only for
 * the sentences a rule asks about; a word takes the tags of the token it starts with.
 */
export class SentenceSyntax {
  /**
   * By sentence: where its tokens start (ascending: a Map per sentence was a kilobyte each, some
   * 15 MB at once while a 5 MB document was analysed), its words and their tags.
   */
  private readonly bySentence = new Map<number, { starts: Int32Array; words: string[]; pos: string[]; chunk?: string[] }>();

  constructor(
    private readonly tokens: Token[],
    private readonly sentences: Sentence[],
  ) {}

  private tagsOf(si: number, withChunks: boolean): { starts: Int32Array; words: string[]; pos: string[]; chunk?: string[] } {
    let t = this.bySentence.get(si);
    if (t === undefined) {
      const s = this.sentences[si];
      const n = s.tokenEnd - s.tokenStart;
      const words = new Array<string>(n);
      const starts = new Int32Array(n);
      for (let k = 0; k < n; k++) {
        const token = this.tokens[s.tokenStart + k];
        words[k] = token.text;
        starts[k] = token.start;
      }
      const tags = n > 0 ? getSyntaxTagger().tagCached(words, withChunks) : { pos: [], chunk: [] };
      t = { starts, words, pos: tags.pos, chunk: tags.chunk };
      this.bySentence.set(si, t);
    } else if (withChunks && t.chunk === undefined) {
      t.chunk = t.words.length > 0 ? getSyntaxTagger().tagCached(t.words, true).chunk : [];
    }
    return t;
  }

  /**
   * Sets `pos` (and `chunk`, with `withChunks`) on the words of sentence `si`; words with no token
   * starting there keep ''. Only the part-of-speech pass runs unless chunks are asked for. Words
   * cut from the sentence's text alone say where it starts in the article with `offset`.
   */
  tag(si: number, words: Word[], withChunks = false, offset = 0): Word[] {
    if (si < 0 || si >= this.sentences.length) return words;
    const t = this.tagsOf(si, withChunks);
    for (const w of words) {
      const k = indexOf(t.starts, w.start + offset);
      if (k < 0) continue;
      w.pos = t.pos[k];
      if (t.chunk !== undefined) w.chunk = t.chunk[k];
    }
    return words;
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
