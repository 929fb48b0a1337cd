import { conlleval } from '../server/src/core/ner/conlleval';
import type { SyntaxTagger } from '../server/src/core/syntax/tagger';
import type { TaggedSentence } from '../server/src/core/syntax/train';

/** POS token accuracy (%), NP chunk F1 and all-chunk F1 (conlleval, exact spans) of a tagger on gold sentences (chunks from the gold POS tags with `goldPos`). */
export function scoreSyntax(tagger: SyntaxTagger, sents: TaggedSentence[], goldPos = false): { posAccuracy: number; npF1: number; chunkF1: number; tokens: number } {
  let right = 0;
  let tokens = 0;
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const s of sents) {
    const t = goldPos ? { pos: s.pos, chunk: tagger.chunks(s.words, s.pos) } : tagger.tag(s.words);
    t.pos.forEach((p, i) => {
      tokens++;
      if (p === s.pos[i]) right++;
    });
    gold.push(s.chunk);
    pred.push(t.chunk);
  }
  const onlyNp = (tags: string[][]): string[][] => tags.map((s) => s.map((t) => (t.endsWith('-NP') ? t : 'O')));
  return {
    posAccuracy: (100 * right) / tokens,
    npF1: conlleval(onlyNp(gold), onlyNp(pred)).overall.f1,
    chunkF1: conlleval(gold, pred).overall.f1,
    tokens,
  };
}
