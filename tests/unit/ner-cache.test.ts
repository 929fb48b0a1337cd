import { describe, expect, it } from 'vitest';
import { createNerCache, getNerModel, tagDocument, type NerCache } from '../../server/src/core/ner/nerTagger';
import { SentenceCache } from '../../server/src/core/ner/sentenceCache';

const words = (s: string): string[] => s.split(' ');

describe('NER sentence cache', () => {
  it('re-tags an unchanged sentence when a case change elsewhere flips its document case flags', () => {
    const model = getNerModel();
    // `Dale` in the first sentence: a name, or a place word the document also writes in lower case.
    const match = words('The match between Mercer and Dale ended late .');
    const before = [match, words('Nobody expected the dale to matter .')];
    const after = [match, words('Nobody expected the Dale to matter .')];
    // The first sentence's tags depend on the other sentence's case, not on its own text alone:
    // a cache keyed by the sentence's text would return the earlier tags.
    const plainBefore = tagDocument(model, before);
    const plainAfter = tagDocument(model, after);
    expect(plainAfter[0]).not.toEqual(plainBefore[0]);

    const cache = createNerCache();
    expect(tagDocument(model, before, cache)).toEqual(plainBefore);
    expect(tagDocument(model, after, cache)).toEqual(plainAfter);
    expect(tagDocument(model, before, cache)).toEqual(plainBefore);
  });

  it('gives the uncached tags for repeated, emptied and reordered sentences, and after the pass setting changes', () => {
    const model = getNerModel();
    const cache = createNerCache();
    const a = words('Amara Okafor visited Harlow on Monday .');
    const b = words('Okafor said the council would meet the UN in Paris .');
    const docs = [[a, b], [b, a, b], [a, [], b, a], [], [[], []], [b], [a, b]];
    for (const doc of docs) expect(tagDocument(model, doc, cache)).toEqual(tagDocument(model, doc));
    model.twoPass = false;
    try {
      for (const doc of docs) expect(tagDocument(model, doc, cache)).toEqual(tagDocument(model, doc));
    } finally {
      model.twoPass = true;
    }
    expect(tagDocument(model, [a, b], cache)).toEqual(tagDocument(model, [a, b]));
  });

  it('keeps only the sentences of the latest document', () => {
    const model = getNerModel();
    const cache = new SentenceCache();
    const a = words('Amara Okafor visited Harlow on Monday .');
    const b = words('Okafor said the council would meet the UN in Paris .');
    const c = words('The ferry sails in May .');
    model.tagDocument([a, b, c, b], cache);
    expect(cache.size).toBe(3);
    model.tagDocument([c, words('Nobody spoke .')], cache);
    expect(cache.size).toBe(2);
    model.tagDocument([], cache);
    expect(cache.size).toBe(0);
  });

  it('refuses a cache that createNerCache did not make', () => {
    const fake = { kind: 'ner-cache' } as NerCache;
    expect(() => tagDocument(getNerModel(), [words('Okafor spoke .')], fake)).toThrow(/createNerCache/);
  });
});
