import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNerCache, getNerModel, tagDocument } from '../../server/src/core/ner/nerTagger';

/**
 * The NER kept tagging of a document (issue 16, ner/documentTagging.ts) against random edit sequences: after every edit, tagging with
 * one long-lived cache gives exactly the tags of tagging without one. The edits are those that
 * change a sentence's document-level inputs without touching its text: a word's case changed
 * where it also appears elsewhere (document case flags and second-pass tag counts), a score that
 * makes a sports document, sentences split and joined. `NEWSMARK_FUZZ_RUNS=100000 npx vitest run
 * tests/fuzz/ner-cache.test.ts` for a long run (`NEWSMARK_FUZZ_SEED` for other seeds).
 */
const RUNS = Number(process.env.NEWSMARK_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.NEWSMARK_FUZZ_SEED ?? 16);
const TIMEOUT = RUNS > 1000 ? 24 * 3600_000 : 60_000;

/** A multi-paragraph article of our own writing, one sentence per line. */
const ARTICLE = `HARLOW COUNCIL APPROVES FERRY PLAN
Harlow City Council approved the new ferry service on Tuesday after a long debate .
The mayor , Amara Okafor , said the service would link Harlow with Port Bell by next summer .
Okafor told reporters that Acme Rail Ltd had offered to run the boats .
Critics led by councillor Tom Mercer said the budget was too small .
Mercer said the council had ignored the Harbour Trust , which owns the old pier .
A spokesperson for the Harbour Trust said it would study the plan .
In Port Bell , residents welcomed the news , and the bell of St Mary 's rang at noon .
Dale Brandt , who runs a cafe near the pier , said trade had fallen since the bridge closed .
Brandt said she hoped the ferry would bring visitors from Kyiv , New York and Paris .
The Harlow Rovers beat Port Bell United 3-1 on Saturday , and fans sang about the dale .
Okafor said the first boat , named Harmony , would sail in May .`;

const START = ARTICLE.split('\n').map((line) => line.split(' '));

const WORDS = ['the', 'council', 'said', 'Okafor', 'Mercer', 'Harmony', 'bell', 'Bell', 'dale', 'Dale', 'Trust', 'ferry', 'Paris', 'UN', 'on', 'and', ',', '.', 'Acme', 'United', 'Rovers'];
const SCORES = ['3-1', '2-0', '102-98', '1-1'];

type Doc = string[][];

/** An edit, given as numbers that pick its places in whatever document it is applied to. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), s: fc.nat(), i: fc.nat(), w: fc.constantFrom(...WORDS) }),
  fc.record({ kind: fc.constant('delete' as const), s: fc.nat(), i: fc.nat() }),
  fc.record({ kind: fc.constant('case' as const), s: fc.nat(), i: fc.nat(), to: fc.constantFrom('lower', 'title', 'upper') }),
  fc.record({ kind: fc.constant('score' as const), s: fc.nat(), i: fc.nat(), w: fc.constantFrom(...SCORES) }),
  fc.record({ kind: fc.constant('split' as const), s: fc.nat(), i: fc.nat() }),
  fc.record({ kind: fc.constant('join' as const), s: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function recase(word: string, to: string): string {
  if (to === 'lower') return word.toLowerCase();
  if (to === 'upper') return word.toUpperCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The document after one edit (a new array; sentences are copied where they change). */
function apply(doc: Doc, e: Edit): Doc {
  const out = doc.map((s) => s);
  if (out.length === 0) return [['Okafor', 'spoke', '.']];
  const s = e.s % out.length;
  const words = [...out[s]];
  switch (e.kind) {
    case 'insert':
    case 'score':
      words.splice(e.i % (words.length + 1), 0, e.w);
      break;
    case 'delete':
      if (words.length > 0) words.splice(e.i % words.length, 1);
      break;
    case 'case': {
      // A word that appears elsewhere in the document too, so that its document evidence changes.
      const lower = (w: string): string => w.toLowerCase();
      const shared = words.map((w, i) => i).filter((i) => out.some((t, k) => t.some((x, j) => (k !== s || j !== i) && lower(x) === lower(words[i]))));
      if (shared.length > 0) {
        const i = shared[e.i % shared.length];
        words[i] = recase(words[i], e.to);
      }
      break;
    }
    case 'split': {
      const at = e.i % (words.length + 1);
      out.splice(s, 1, words.slice(0, at), words.slice(at));
      return out.filter((t) => t.length > 0);
    }
    case 'join':
      if (s + 1 < out.length) out.splice(s, 2, [...words, ...out[s + 1]]);
      return out;
  }
  out[s] = words;
  return out.filter((t) => t.length > 0);
}

describe('NER kept tagging of a document (documentTagging.ts)', () => {
  it(
    'gives exactly the uncached tags after every edit of a random edit sequence',
    () => {
      const model = getNerModel();
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          const cache = createNerCache();
          let doc: Doc = START;
          expect(tagDocument(model, doc, cache)).toEqual(tagDocument(model, doc));
          for (const e of edits) {
            doc = apply(doc, e);
            expect(tagDocument(model, doc, cache), JSON.stringify(e)).toEqual(tagDocument(model, doc));
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
