/**
 * Entity-level exact-match scoring as conlleval does: an entity counts as correct only when
 * its type and both boundaries match. Accepts IOB1, IOB2, IOBES and BILOU tags.
 */
import { chunksFromTags } from './tags';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Gold entities. */
  gold: number;
  /** Predicted entities. */
  predicted: number;
  correct: number;
}

export interface ConllScore {
  overall: Prf;
  byType: Record<string, Prf>;
  tokens: number;
  /** Token-level accuracy (tags compared after mapping both to entity spans). */
  accuracy: number;
}

function prf(gold: number, predicted: number, correct: number): Prf {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Scores sentences of gold and predicted tags (same lengths). */
export function conlleval(gold: string[][], predicted: string[][]): ConllScore {
  const counts = new Map<string, [number, number, number]>();
  const bump = (t: string, k: 0 | 1 | 2): void => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = [0, 0, 0]));
    c[k]++;
  };
  let tokens = 0;
  let same = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s];
    const p = predicted[s];
    if (g.length !== p.length) throw new Error(`sentence ${s}: ${g.length} gold tags, ${p.length} predicted`);
    const gc = chunksFromTags(g);
    const pc = chunksFromTags(p);
    const gset = new Set(gc.map((c) => `${c.start}:${c.end}:${c.label}`));
    for (const c of gc) bump(c.label, 0);
    for (const c of pc) {
      bump(c.label, 1);
      if (gset.has(`${c.start}:${c.end}:${c.label}`)) bump(c.label, 2);
    }
    const lab = (chunks: { start: number; end: number; label: string }[]): string[] => {
      const a = new Array<string>(g.length).fill('O');
      for (const c of chunks) for (let i = c.start; i < c.end; i++) a[i] = (i === c.start ? 'B-' : 'I-') + c.label;
      return a;
    };
    const ga = lab(gc);
    const pa = lab(pc);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (ga[i] === pa[i]) same++;
  }
  const byType: Record<string, Prf> = {};
  let G = 0;
  let P = 0;
  let C = 0;
  for (const t of [...counts.keys()].sort()) {
    const [g, p, c] = counts.get(t)!;
    byType[t] = prf(g, p, c);
    G += g;
    P += p;
    C += c;
  }
  return { overall: prf(G, P, C), byType, tokens, accuracy: tokens ? (100 * same) / tokens : 0 };
}

/** A conlleval-like text report. */
export function formatScore(s: ConllScore): string {
  const f = (x: number): string => x.toFixed(2).padStart(6);
  const lines = [
    `processed ${s.tokens} tokens with ${s.overall.gold} phrases; found: ${s.overall.predicted} phrases; correct: ${s.overall.correct}.`,
    `accuracy: ${f(s.accuracy)}%; precision: ${f(s.overall.precision)}%; recall: ${f(s.overall.recall)}%; FB1: ${f(s.overall.f1)}`,
  ];
  for (const [t, p] of Object.entries(s.byType)) {
    lines.push(
      `${t.padStart(17)}: precision: ${f(p.precision)}%; recall: ${f(p.recall)}%; FB1: ${f(p.f1)}  ${p.predicted}`,
    );
  }
  return lines.join('\n');
}
