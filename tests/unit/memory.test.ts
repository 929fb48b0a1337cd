import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeArticle } from '../../server/src/core/analyze';

// Issue 17: the heap must level off while a reporter types. Memo tables keyed by names cut from
// the document (V8 keeps a cut of 13 or more characters as a view into the whole text) kept one
// version of the article alive per new name: on a long article, megabytes per edit. This runs an
// edit session on a long article in which every edit brings new names, and checks that the heap
// after a full collection stays flat.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const SYLLABLES = ['ka', 'lo', 'ver', 'tan', 'mi', 'sor', 'de', 'brun', 'el', 'qua', 'ri', 'pen', 'zo', 'har', 'nu', 'gil'];

describe('memory over a long edit session', () => {
  it('levels off: 60 edits of a 200 KB article, each bringing new names, leave the heap where it was', () => {
    let state = 2026;
    const rnd = (k: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % k;
    };
    const word = (): string => Array.from({ length: 4 + rnd(2) }, () => SYLLABLES[rnd(SYLLABLES.length)]).join('');
    const name = (): string => `${word()} ${word()}`.replace(/\b\w/g, (c) => c.toUpperCase());
    const filler = 'The committee met on Tuesday and talked about the harbour at length. '.repeat(3000);
    const article = (): string =>
      `Harbour plan approved\n\n${filler}\n\nCouncillor ${name()} said the committee of ${name()} would meet, and Christopher ${word()} agreed.\n`;
    let before = 0;
    for (let edit = 1; edit <= 60; edit++) {
      analyzeArticle(article(), { articleDate: '2025-03-01' });
      if (edit === 10) before = heapMB();
    }
    const after = heapMB();
    // One retained version of this article is about 0.2 MB; before the fix 50 edits kept 2 MB or more.
    expect(after - before).toBeLessThan(1);
  }, 120_000);
});
