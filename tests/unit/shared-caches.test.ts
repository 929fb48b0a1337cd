import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearNerCaches, createNerCache, getNerModel, loadNerModel, tagDocument } from '../../server/src/core/ner/nerTagger';
import { analyzeArticle } from '../../server/src/core/analyze';
import { AnalysisCache } from '../../server/src/core/analysisCache';
import { clearStringMemos, StringMemo } from '../../server/src/core/memo';
import { clearSharedCaches, clearTaggerCaches } from '../../server/src/core/sharedCaches';
import { getSyntaxTagger } from '../../server/src/core/syntax/shippedTagger';
import { fullCollection } from '../../server/src/lsp/idleMemory';

// What analyses share only to be faster, emptied by the server once a large document is closed
// (lsp/idleMemory.ts). The property test in tests/fuzz/incremental.test.ts empties them between edits too.
const ARTICLE = [
  'Harbour wall to be rebuilt',
  'The council will spend £4.2m on the harbour wall, the harbour master Ana Ramos said on Monday.',
  'Officials said the work would take most of the summer. Ramos said "we will be ready by August".',
].join('\n\n');

describe('the shared caches', () => {
  /** A memo table of key lengths that counts what it computes. */
  function countingMemo(): { memo: StringMemo<number>; computed: () => number } {
    let computed = 0;
    const memo = new StringMemo((key: string) => {
      computed++;
      return key.length;
    });
    return { memo, computed: () => computed };
  }

  it('empties every memo table, which then computes again', () => {
    const { memo, computed } = countingMemo();
    memo.get('harbour');
    memo.get('harbour');
    expect(computed()).toBe(1);
    clearStringMemos();
    expect(memo.get('harbour')).toBe(7);
    expect(computed()).toBe(2);
  });

  it("empties the syntax tagger's sentence cache", () => {
    analyzeArticle(ARTICLE);
    expect(getSyntaxTagger().sentences.heldWords).toBeGreaterThan(0);
    clearSharedCaches();
    expect(getSyntaxTagger().sentences.heldWords).toBe(0);
  });

  it("the taggers' caches alone: the sentence cache is emptied, the memo tables are kept", () => {
    const { memo, computed } = countingMemo();
    memo.get('harbour');
    analyzeArticle(ARTICLE);
    clearTaggerCaches();
    expect(getSyntaxTagger().sentences.heldWords).toBe(0);
    memo.get('harbour');
    expect(computed()).toBe(1);
  });

  it("leaves an open document's next analysis as a fresh one once the taggers' caches are emptied", () => {
    const cache = new AnalysisCache();
    analyzeArticle(ARTICLE, {}, cache);
    clearTaggerCaches();
    const edited = ARTICLE.replace('Monday', 'Tuesday');
    const fresh = JSON.stringify(analyzeArticle(edited));
    clearTaggerCaches();
    expect(JSON.stringify(analyzeArticle(edited, {}, cache))).toBe(fresh);
  });

  it("lets go of the word infos of an open document's scanned sentences once the NER caches are emptied", async () => {
    const gc = fullCollection() as () => void;
    const model = getNerModel();
    const cache = createNerCache();
    // Word lists held, as an open document's paragraph entries hold them between keystrokes.
    const sentences = [['Kalomira', 'Vashendt', 'met', 'the', 'Trelby', 'council', '.']];
    const tags = tagDocument(model, sentences, cache);
    const info = new WeakRef(model.fs.info('Vashendt', false));
    clearNerCaches();
    // A WeakRef holds its target until the end of the job that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    gc();
    // Made stale by the emptying (their generation), and no longer held by the stale scan.
    expect(info.deref()).toBeUndefined();
    expect(tagDocument(model, sentences, cache)).toEqual(tags);
  });

  it('leaves every analysis as it was, fresh or incremental', () => {
    const cache = new AnalysisCache();
    const before = JSON.stringify(analyzeArticle(ARTICLE, {}, cache));
    clearSharedCaches();
    expect(JSON.stringify(analyzeArticle(ARTICLE))).toBe(before);
    const edited = ARTICLE.replace('Monday', 'Tuesday');
    const fresh = JSON.stringify(analyzeArticle(edited));
    clearSharedCaches();
    expect(JSON.stringify(analyzeArticle(edited, {}, cache))).toBe(fresh);
  });

  it('tags as a fresh model does once its caches are emptied, after other words filled them', () => {
    const words = (file: string): string[][] =>
      readFileSync(join(__dirname, '..', '..', 'seeds', file), 'utf8')
        .split(/\n+/)
        .filter((line) => line.trim() !== '')
        .map((line) => line.split(/\s+/).filter(Boolean));
    const model = loadNerModel();
    tagDocument(model, words('harbour-bridge.news'));
    model.clearCaches();
    const seed = words('seed-article.news');
    expect(tagDocument(model, seed)).toEqual(tagDocument(loadNerModel(), seed));
  });
});
