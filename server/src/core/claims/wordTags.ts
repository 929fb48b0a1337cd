import type { Sentence, Token } from '../model';
import { getSyntaxTagger } from '../syntax';
import type { Word } from './words';

/**
 * Part-of-speech and chunk tags for the claim rules' words. The syntax model tags the analysis's
 * tokens of a whole sentence (quotations included, for context), once per sentence and only for
 * the sentences a rule asks about; a word takes the tags of the token it starts with.
 */
export class SentenceSyntax {
  private readonly bySentence = new Map<number, { starts: Map<number, number>; pos: string[]; chunk: string[] }>();

  constructor(
    private readonly tokens: Token[],
    private readonly sentences: Sentence[],
  ) {}

  private tagsOf(si: number): { starts: Map<number, number>; pos: string[]; chunk: string[] } {
    let t = this.bySentence.get(si);
    if (t === undefined) {
      const s = this.sentences[si];
      const toks = this.tokens.slice(s.tokenStart, s.tokenEnd);
      const tags = toks.length > 0 ? getSyntaxTagger().tag(toks.map((x) => x.text)) : { pos: [], chunk: [] };
      const starts = new Map<number, number>();
      toks.forEach((x, k) => starts.set(x.start, k));
      t = { starts, pos: tags.pos, chunk: tags.chunk };
      this.bySentence.set(si, t);
    }
    return t;
  }

  /** Sets `pos` and `chunk` on the words of sentence `si` (words with no token starting there keep ''). */
  tag(si: number, words: Word[]): Word[] {
    if (si < 0 || si >= this.sentences.length) return words;
    const t = this.tagsOf(si);
    for (const w of words) {
      const k = t.starts.get(w.start);
      if (k === undefined) continue;
      w.pos = t.pos[k];
      w.chunk = t.chunk[k];
    }
    return words;
  }
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
