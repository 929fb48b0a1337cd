import { describe, expect, it, vi } from 'vitest';
import { bilouToSpans, createNerCache, getNerModel, spansFromTags, tagDocument, tagDocumentBilou, type NerCache } from '../../server/src/core/ner/nerTagger';
import { DocumentTagging } from '../../server/src/core/ner/documentTagging';

const words = (s: string): string[] => s.split(' ');

describe('NER kept tagging of a document (documentTagging.ts)', () => {
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

  it('keeps only the sentences of the latest document, and none of a document past its budget', () => {
    const model = getNerModel();
    const cache = new DocumentTagging(4);
    const a = words('Amara Okafor visited Harlow on Monday .');
    const b = words('Okafor said the council would meet the UN in Paris .');
    const c = words('The ferry sails in May .');
    model.tagDocument([a, b, c, b], cache);
    expect(cache.size).toBe(4);
    model.tagDocument([c, words('Nobody spoke .')], cache);
    expect(cache.size).toBe(2);
    const long = [a, b, c, b, a];
    expect(model.tagDocument(long, cache)).toEqual(model.tagDocument(long));
    expect(cache.size).toBe(0);
    model.tagDocument([], cache);
    expect(cache.size).toBe(0);
  });

  it('gives the uncached tags after many new words, when its count tables are made again', () => {
    const model = getNerModel();
    const cache = createNerCache();
    const base = [words('Amara Okafor visited Harlow on Monday .'), words('Okafor said the Harlow council would meet .')];
    // Each version brings 60 words never seen before (as typing does), in a sentence of its own:
    // past about 4,000 of them the kept counts are counted again from the kept sentences.
    for (let v = 0; v < 90; v++) {
      const fresh = Array.from({ length: 60 }, (_, i) => `Zorvek${v}x${i}`);
      const doc = [...base, [...fresh.slice(0, 30), 'met', 'Okafor', 'in', 'Harlow', '.'], [...fresh.slice(30), 'said', 'harlow', '.']];
      expect(tagDocument(model, doc, cache)).toEqual(tagDocument(model, doc));
    }
  });

  it('finds the kept sentences again after a long insertion moved them, and runs only the new ones', () => {
    const model = getNerModel();
    const cache = createNerCache();
    const names = ['Okafor', 'Mercer', 'Brandt', 'Harlow', 'Trelby', 'Vashendt'];
    const body = Array.from({ length: 18 }, (_, i) => words(`${names[i % 6]} said the ferry would sail to ${names[(i + 2) % 6]} on day ${i} .`));
    tagDocument(model, body, cache);
    // Ten new sentences at the top (lower-case words only: no case counts change), and the
    // first kept sentence moved to the end: both past where the kept ones are looked for first.
    const inserted = Array.from({ length: 10 }, (_, i) => words(`the tide was low on day ${i} .`));
    const doc = [...inserted, ...body.slice(1), body[0]];
    const firstPass = vi.spyOn(model, 'firstPass');
    try {
      expect(tagDocument(model, doc, cache)).toEqual(tagDocument(model, doc));
      // Ten with the cache, then every sentence of the uncached tagging.
      expect(firstPass).toHaveBeenCalledTimes(10 + doc.length);
    } finally {
      firstPass.mockRestore();
    }
  });

  it('gives the article analysis the same names as BILOU indexes as tagDocument gives as IOB2 strings', () => {
    const model = getNerModel();
    const doc = [
      words('Amara Okafor of the Harlow City Council met United Nations envoys in New York .'),
      words('Okafor said Acme Rail Ltd would run the boats to Port Bell and Paris .'),
      [],
    ];
    const cache = createNerCache();
    const bilou = tagDocumentBilou(model, doc, cache);
    const iob2 = tagDocument(model, doc);
    expect(bilou.map((t) => bilouToSpans(t))).toEqual(iob2.map((t) => spansFromTags(t)));
    expect(bilou.flatMap((t) => bilouToSpans(t)).filter((sp) => sp.end - sp.start > 1).length).toBeGreaterThan(2);
  });

  it('refuses a cache that createNerCache did not make', () => {
    const fake = { kind: 'ner-cache' } as NerCache;
    expect(() => tagDocument(getNerModel(), [words('Okafor spoke .')], fake)).toThrow(/createNerCache/);
  });
});
