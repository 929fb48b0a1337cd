import { describe, expect, it } from 'vitest';
import { conlleval } from '../../server/src/core/ner/conlleval';
import { spansFromTags } from '../../server/src/core/ner/tags';

describe('conlleval', () => {
  it('reads IOB1: I- after O starts an entity, B- separates adjacent same-type entities', () => {
    expect(spansFromTags(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'LOC' },
      { start: 4, end: 5, label: 'LOC' },
      { start: 5, end: 6, label: 'ORG' },
    ]);
  });

  it('reads IOB2 and BILOU', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'B-PER', 'O', 'B-MISC'])).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 2, end: 3, label: 'PER' },
      { start: 4, end: 5, label: 'MISC' },
    ]);
    expect(spansFromTags(['U-LOC', 'B-ORG', 'L-ORG'])).toEqual([
      { start: 0, end: 1, label: 'LOC' },
      { start: 1, end: 3, label: 'ORG' },
    ]);
  });

  it('scores exact matches only; partial matches count as errors both ways', () => {
    const gold = [['I-PER', 'I-PER', 'O', 'I-LOC', 'O', 'I-ORG']]; // IOB1
    const pred = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']]; // IOB2
    const s = conlleval(gold, pred);
    expect(s.overall.correct).toBe(2);
    expect(s.overall.gold).toBe(3);
    expect(s.overall.predicted).toBe(2);
    expect(s.overall.precision).toBeCloseTo(100);
    expect(s.overall.recall).toBeCloseTo(66.667, 2);
    expect(s.overall.f1).toBeCloseTo(80);

    const partial = conlleval([['B-ORG', 'I-ORG', 'I-ORG']], [['B-ORG', 'I-ORG', 'O']]);
    expect(partial.overall.correct).toBe(0);
    expect(partial.overall.f1).toBe(0);
    expect(partial.byType.ORG).toMatchObject({ gold: 1, predicted: 1, correct: 0 });

    const wrongType = conlleval([['B-ORG']], [['B-LOC']]);
    expect(wrongType.byType.LOC).toMatchObject({ gold: 0, predicted: 1, correct: 0 });
    expect(wrongType.byType.ORG).toMatchObject({ gold: 1, predicted: 0, correct: 0 });
  });

  it('per-type numbers', () => {
    const s = conlleval(
      [['B-PER', 'O', 'B-LOC'], ['B-MISC', 'I-MISC']],
      [['B-PER', 'O', 'B-ORG'], ['B-MISC', 'I-MISC']],
    );
    expect(s.byType.PER.f1).toBeCloseTo(100);
    expect(s.byType.MISC.f1).toBeCloseTo(100);
    expect(s.byType.LOC.recall).toBe(0);
    expect(s.byType.ORG.precision).toBe(0);
    expect(s.overall.f1).toBeCloseTo((2 * (2 / 3) * (2 / 3)) / (4 / 3) * 100);
  });

  it('rejects sentences of different lengths', () => {
    expect(() => conlleval([['O']], [['O', 'O']])).toThrow();
  });
});
